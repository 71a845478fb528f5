import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { lengthError } from '../../../lib/lengthError';
import { useToast } from '../../../ui/useToast';
import { useCreatePipeline } from '../hooks/useCreatePipeline';

export function NewPipelineForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { createPipeline, loading } = useCreatePipeline();
  const navigate = useNavigate();
  const toast = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the pipeline a name.');
    const tooLong = lengthError(name.trim(), fieldLimits.Mutation.createPipeline.name);
    if (tooLong) return setError(tooLong);
    setError(null);
    try {
      const { data } = await createPipeline({ variables: { name: name.trim() } });
      setName('');
      if (data) void navigate(`/settings/pipelines/${data.createPipeline.id}`);
    } catch (e) {
      // A refusal about the name (one another pipeline has) belongs beside the name.
      const nameError = fieldErrors(e).name;
      if (nameError) setError(nameError);
      else toast.show(`Could not create the pipeline: ${errorMessage(e)}`, 'error');
    }
  };
  return (
    <form onSubmit={submit} noValidate style={{ marginTop: 12, display: 'grid', gap: 6 }}>
      <label className="field__label" htmlFor="new-pipeline">
        New pipeline
      </label>
      <input
        id="new-pipeline"
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={Boolean(error)}
      />
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
      <button type="submit" className="button button--small" disabled={loading}>
        Create
      </button>
    </form>
  );
}
