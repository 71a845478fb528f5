import { useId, useState, type FormEvent } from 'react';
import type { StageKind } from '../../../__generated__/graphql';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useCreateStage } from '../hooks/useCreateStage';
import { parseStageForm } from '../utils/parseStageForm';

const EMPTY = { name: '', probability: '', rottingDays: '' };

export function AddStageForm({ pipelineId, openCount }: { pipelineId: string; openCount: number }) {
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [kind, setKind] = useState<StageKind>('OPEN');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { createStage, loading } = useCreateStage();
  const toast = useToast();
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, parsed } = parseStageForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await createStage({
        variables: {
          input: {
            pipelineId,
            name: parsed.name,
            kind,
            // New open stages go after the last open one, before won and lost.
            ...(kind === 'OPEN' && { order: openCount }),
            ...(parsed.probability != null && { probability: parsed.probability }),
            ...(parsed.rottingDays != null && { rottingDays: parsed.rottingDays }),
          },
        },
      });
      setValues(EMPTY);
      toast.show(`Added “${parsed.name}”.`, 'success');
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors(fields);
      else toast.show(`Could not add the stage: ${errorMessage(error)}`, 'error');
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add stage">
      <div className="form-grid">
        <Field id={`${id}-name`} label="New stage name" error={errors.name}>
          <input
            id={`${id}-name`}
            value={values.name}
            onChange={set('name')}
            aria-invalid={Boolean(errors.name)}
          />
        </Field>
        <Field id={`${id}-kind`} label="Kind">
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as StageKind)}
          >
            <option value="OPEN">Open</option>
            <option value="WON">Won</option>
            <option value="LOST">Lost</option>
          </select>
        </Field>
        <Field
          id={`${id}-p`}
          label="Probability %"
          error={errors.probability}
          hint="Blank: a default from the stages around it"
        >
          <input
            id={`${id}-p`}
            type="number"
            min={0}
            max={100}
            value={values.probability}
            onChange={set('probability')}
            aria-invalid={Boolean(errors.probability)}
          />
        </Field>
        <Field
          id={`${id}-r`}
          label="Rotting after (days)"
          error={errors.rottingDays}
          hint="Blank: never"
        >
          <input
            id={`${id}-r`}
            type="number"
            min={1}
            value={values.rottingDays}
            onChange={set('rottingDays')}
            aria-invalid={Boolean(errors.rottingDays)}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Add stage
        </button>
      </div>
    </form>
  );
}
