import { lazy, Suspense, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { LoadingState } from '../../../ui/LoadingState';

// The form, its customer search and its queries load on the first open, not with the board.
const NewDealForm = lazy(() => import('./NewDealForm').then((m) => ({ default: m.NewDealForm })));

/** "New deal" in the board's header: the full form in a dialog. */
export function NewDealButton({ pipelineId }: { pipelineId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        New deal
      </button>
      <Dialog title="New deal" open={open} onClose={() => setOpen(false)}>
        <Suspense fallback={<LoadingState label="Loading the form…" />}>
          <NewDealForm pipelineId={pipelineId} onDone={() => setOpen(false)} />
        </Suspense>
      </Dialog>
    </>
  );
}
