import { useState, type FormEvent } from 'react';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { lengthError } from '../../../lib/lengthError';
import { useToast } from '../../../ui/useToast';
import { useRenamePipeline } from '../hooks/useRenamePipeline';

export function RenamePipelineForm({ pipeline }: { pipeline: { id: string; name: string } }) {
  const [name, setName] = useState(pipeline.name);
  const [error, setError] = useState<string>();
  const { rename, loading } = useRenamePipeline();
  const toast = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the pipeline a name.');
    const tooLong = lengthError(name.trim(), fieldLimits.Mutation.renamePipeline.name);
    if (tooLong) return setError(tooLong);
    setError(undefined);
    try {
      await rename(pipeline.id, name.trim());
      toast.show('Pipeline renamed.', 'success');
    } catch (e) {
      const fields = fieldErrors(e);
      setError(Object.values(fields)[0] ?? errorMessage(e));
    }
  };
  return (
    <form onSubmit={submit} noValidate className="filters" aria-label="Rename pipeline">
      <label className="filters__item">
        <span>Pipeline name</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={Boolean(error)}
        />
      </label>
      <button
        type="submit"
        className="button button--small"
        disabled={loading || name.trim() === pipeline.name}
        style={{ marginBottom: 4 }}
      >
        Rename
      </button>
      {error && (
        <span className="filters__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
