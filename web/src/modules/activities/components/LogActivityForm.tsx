import { useId, useState, type FormEvent } from 'react';
import type { LoggedActivityType } from '../../../__generated__/lazy';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { lengthError } from '../../../lib/lengthError';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useLogActivity, type ActivitySubject } from '../hooks/useLogActivity';

const TYPES: { value: LoggedActivityType; label: string }[] = [
  { value: 'NOTE', label: 'Note' },
  { value: 'CALL', label: 'Call' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'MEETING', label: 'Meeting' },
];

export function LogActivityForm({ subject }: { subject: ActivitySubject }) {
  const id = useId();
  const [type, setType] = useState<LoggedActivityType>('NOTE');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { log, loading } = useLogActivity(subject);
  const toast = useToast();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setErrors({ body: 'Write something first.' });
      return;
    }
    const tooLong = lengthError(body.trim(), fieldLimits.LogActivityInput.body);
    if (tooLong) {
      setErrors({ body: tooLong });
      return;
    }
    setErrors({});
    try {
      await log(type, body.trim());
      setBody('');
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setErrors({ body: Object.values(fields).join(' ') });
      else toast.show(`Could not save: ${errorMessage(error)}`, 'error');
    }
  };

  return (
    <form onSubmit={submit} aria-label="Log activity" noValidate>
      <div className="form-grid" style={{ gridTemplateColumns: '140px 1fr' }}>
        <Field id={`${id}-type`} label="Type">
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as LoggedActivityType)}
          >
            {TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-body`} label={type === 'NOTE' ? 'Note' : 'Summary'} error={errors.body}>
          <textarea
            id={`${id}-body`}
            rows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={Boolean(errors.body)}
            aria-describedby={errors.body ? `${id}-body-error` : undefined}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {loading ? 'Saving…' : `Add ${type.toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
