import { useState } from 'react';
import { useArchivedPipelinesQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { formatDate } from '../../../lib/formatDate';
import { useToast } from '../../../ui/useToast';
import { usePipelineArchive } from '../hooks/usePipelineArchive';
import '../archivedPipelines.css';

/** The archived pipelines, apart from the active ones, each with Restore; nothing when none. */
export function ArchivedPipelines() {
  const { data, error } = useArchivedPipelinesQuery();
  const { restore } = usePipelineArchive();
  const [pending, setPending] = useState<string | null>(null);
  const toast = useToast();
  const archived = data?.pipelines.filter((p) => p.archivedAt) ?? [];
  if (error) return <p className="form-error">{errorMessage(error)}</p>;
  if (archived.length === 0) return null;
  const onRestore = async (pipeline: { id: string; name: string }) => {
    setPending(pipeline.id);
    try {
      await restore(pipeline.id);
      toast.show(`Pipeline “${pipeline.name}” restored.`, 'success');
    } catch (failure) {
      toast.show(`Could not restore “${pipeline.name}”. ${errorMessage(failure)}`, 'error');
    } finally {
      setPending(null);
    }
  };
  return (
    <section aria-labelledby="archived-pipelines" className="archived-pipelines">
      <h3 id="archived-pipelines">Archived pipelines</h3>
      <ul className="stage-list">
        {archived.map((p) => (
          <li key={p.id} className="archived-pipelines__item">
            <span>
              {p.name}
              <span className="muted"> · archived {formatDate(p.archivedAt)}</span>
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={pending === p.id}
              aria-label={`Restore pipeline ${p.name}`}
              onClick={() => void onRestore(p)}
            >
              {pending === p.id ? 'Restoring…' : 'Restore'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
