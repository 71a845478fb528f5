import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { MergeCandidates } from './MergeCandidates';

/** "Merge…" on the lead page: pick a duplicate of this lead and merge it into this one. */
export function MergeLeadAction({
  lead,
}: {
  lead: { id: string; name: string; email?: string | null };
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        Merge…
      </button>
      <Dialog
        title={`Merge a duplicate into “${lead.name}”`}
        open={open}
        onClose={() => setOpen(false)}
      >
        <MergeCandidates lead={lead} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
