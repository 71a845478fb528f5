import { useState, type FormEvent } from 'react';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';
import { Field } from '../../../ui/Field';

const REASONS = ['Price', 'Chose a competitor', 'No budget', 'Timing', 'No decision'];
const MAX = fieldLimits.Mutation.markDealLost.reason;

/**
 * Asks why a deal was lost; the reason is required by the API and feeds the win/loss reports.
 * `onSubmit` resolves to null once saved, or to why not: the form then stays with what was typed.
 */
export function LostReasonForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Pick or type a reason.');
    const tooLong = lengthError(reason.trim(), MAX);
    if (tooLong) return setError(tooLong);
    setError(undefined);
    setSaving(true);
    const failure = await onSubmit(reason.trim());
    setSaving(false);
    if (failure) setError(failure);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Field
        id="lost-reason"
        label="Reason"
        error={error}
        hint={`Up to ${MAX.toLocaleString('en-US')} characters.`}
      >
        <textarea
          id="lost-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'lost-reason-error' : 'lost-reason-hint'}
        />
      </Field>
      <p className="field__hint" id="lost-reason-suggestions">
        Common reasons:{' '}
        {REASONS.map((r, i) => (
          <span key={r}>
            {i > 0 && ', '}
            <button type="button" className="link-button" onClick={() => setReason(r)}>
              {r}
            </button>
          </span>
        ))}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={saving}>
          {saving ? 'Saving…' : 'Mark as lost'}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
