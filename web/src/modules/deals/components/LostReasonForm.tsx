import { useState, type FormEvent } from 'react';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';
import { Field } from '../../../ui/Field';

const REASONS = ['Price', 'Chose a competitor', 'No budget', 'Timing', 'No decision'];

/** Asks why a deal was lost; the reason is required by the API and feeds the win/loss reports. */
export function LostReasonForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Pick or type a reason.');
    const tooLong = lengthError(reason.trim(), fieldLimits.Mutation.markDealLost.reason);
    if (tooLong) return setError(tooLong);
    onSubmit(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field id="lost-reason" label="Reason" error={error}>
        <input
          id="lost-reason"
          list="lost-reasons"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          aria-invalid={Boolean(error)}
        />
      </Field>
      <datalist id="lost-reasons">
        {REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="submit" className="button button--danger">
          Mark as lost
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
