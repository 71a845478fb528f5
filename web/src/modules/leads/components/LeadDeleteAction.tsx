import { useState } from 'react';
import { errorMessage } from '../../../lib/graphqlErrors';
import { Dialog } from '../../../ui/Dialog';
import { useDeleteLead } from '../hooks/useDeleteLead';

/** "Delete" on the lead page: asks first, then deletes and returns to the lead table with Undo. */
export function LeadDeleteAction({ lead }: { lead: { id: string; name: string } }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { deleteLead, loading } = useDeleteLead();
  const close = () => {
    setAsking(false);
    setFailure(null);
  };
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setAsking(true)}>
        Delete
      </button>
      <Dialog title={`Delete the lead “${lead.name}”?`} open={asking} onClose={close}>
        <p>
          It leaves the lead table and scoring; a deal made from it stays. You can undo this right
          after; the lead is kept for 30 days before it is gone for good.
        </p>
        {failure && (
          <div className="form-error" role="alert">
            {failure}
          </div>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            disabled={loading}
            autoFocus
            onClick={() => {
              setFailure(null);
              deleteLead(lead).catch((error: unknown) => setFailure(errorMessage(error)));
            }}
          >
            {loading ? 'Deleting…' : 'Delete lead'}
          </button>
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
