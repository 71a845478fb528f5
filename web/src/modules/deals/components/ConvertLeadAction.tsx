import { lazy, Suspense, useState } from 'react';
import type { LeadStatus } from '../../../__generated__/graphql';
import { Dialog } from '../../../ui/Dialog';
import { LoadingState } from '../../../ui/LoadingState';

const ConvertLeadForm = lazy(() =>
  import('./ConvertLeadForm').then((m) => ({ default: m.ConvertLeadForm })),
);

const CONVERTIBLE: readonly LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED'];

/** "Convert to deal" on an open lead's page: the form in a dialog, then the new deal's page. */
export function ConvertLeadAction({
  lead,
}: {
  lead: {
    id: string;
    name: string;
    status: LeadStatus;
    company?: string | null | undefined;
    owner?: { id: string } | null | undefined;
  };
}) {
  const [open, setOpen] = useState(false);
  if (!CONVERTIBLE.includes(lead.status)) return null;
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        Convert to deal
      </button>
      <Dialog
        title={`Convert “${lead.name}” into a deal`}
        open={open}
        onClose={() => setOpen(false)}
      >
        <Suspense fallback={<LoadingState label="Loading the form…" />}>
          <ConvertLeadForm lead={lead} onDone={() => setOpen(false)} />
        </Suspense>
      </Dialog>
    </>
  );
}
