import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/graphqlErrors';
import { Dialog } from './Dialog';

/**
 * A "Delete" button that asks first: a dialog saying what the deletion does, the server's refusal
 * shown inside it in plain words, and the confirm button busy while `onDelete` runs (which
 * deletes, then moves on and offers Undo).
 */
export function ConfirmDelete({
  title,
  confirmLabel,
  loading,
  onDelete,
  children,
}: {
  title: string;
  confirmLabel: string;
  loading: boolean;
  onDelete: () => Promise<unknown>;
  /** What the deletion does, in a sentence or two. */
  children: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    setAsking(false);
    setFailure(null);
  };
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setAsking(true)}>
        Delete
      </button>
      <Dialog title={title} open={asking} onClose={close}>
        <p>{children}</p>
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
              onDelete().catch((error: unknown) => setFailure(errorMessage(error)));
            }}
          >
            {loading ? 'Deleting…' : confirmLabel}
          </button>
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
