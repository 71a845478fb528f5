import { useState } from 'react';
import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { Dialog } from '../../../ui/Dialog';
import { useDeleteDeal } from '../hooks/useDeleteDeal';

/** "Delete" on the deal page: asks first, then deletes and returns to the board with Undo. */
export function DealDeleteAction({ deal }: { deal: DealDetails_DealFragment }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { deleteDeal, loading } = useDeleteDeal();
  const close = () => {
    setAsking(false);
    setFailure(null);
  };
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setAsking(true)}>
        Delete
      </button>
      <Dialog title={`Delete “${deal.title}”?`} open={asking} onClose={close}>
        <p>
          It leaves the board, the totals and the forecast. You can undo this right after; the deal
          is kept for 30 days before it is gone for good.
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
              deleteDeal(deal).catch((error: unknown) => setFailure(errorMessage(error)));
            }}
          >
            {loading ? 'Deleting…' : 'Delete deal'}
          </button>
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
