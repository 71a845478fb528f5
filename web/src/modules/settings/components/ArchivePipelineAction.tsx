import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/graphqlErrors';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/useToast';
import { usePipelineArchive } from '../hooks/usePipelineArchive';

/** "Archive" on a pipeline's settings: asks first, archives, and offers Undo in a toast. */
export function ArchivePipelineAction({ pipeline }: { pipeline: { id: string; name: string } }) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { archive, restore, loading } = usePipelineArchive();
  const navigate = useNavigate();
  const toast = useToast();
  const close = () => {
    setAsking(false);
    setFailure(null);
  };
  const confirm = async () => {
    setFailure(null);
    try {
      await archive(pipeline.id);
    } catch (error) {
      return setFailure(errorMessage(error));
    }
    close();
    void navigate('/settings');
    toast.show(`Pipeline “${pipeline.name}” archived.`, 'success', {
      label: 'Undo',
      run: () => {
        restore(pipeline.id)
          .then(() => toast.show(`Pipeline “${pipeline.name}” restored.`, 'success'))
          .catch((error: unknown) =>
            toast.show(`Could not restore “${pipeline.name}”. ${errorMessage(error)}`, 'error'),
          );
      },
    });
  };
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setAsking(true)}>
        Archive
      </button>
      <Dialog title={`Archive the pipeline “${pipeline.name}”?`} open={asking} onClose={close}>
        <p>
          It leaves the board’s pipeline list and takes no new deals. Its stages and deals are kept
          and still count in reports; you can restore it from Archived pipelines at any time.
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
            onClick={() => void confirm()}
          >
            {loading ? 'Archiving…' : 'Archive pipeline'}
          </button>
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
