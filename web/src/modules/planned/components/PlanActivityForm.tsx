import { useId, useState, type FormEvent } from 'react';
import { usePlanActivityOwnersQuery, type PlannedActivityType } from '../../../__generated__/lazy';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import type { ActivitySubject } from '../../activities/hooks/useLogActivity';
import { usePlanActivity } from '../hooks/usePlanActivity';
import { PLANNED_ACTIVITY_TYPES } from '../utils/activityTypeLabel';
import { dueLimits } from '../utils/dueLimits';
import { nextFullHour, toLocalInput } from '../utils/localDateTime';
import { pastDueNote } from '../utils/pastDueNote';
import { validatePlan } from '../utils/validatePlan';

/** Plans the next step on a deal or lead: type, subject, due date and time, owner (me by default). */
export function PlanActivityForm({
  subject: on,
  onDone,
}: {
  subject: ActivitySubject;
  onDone: () => void;
}) {
  const id = useId();
  const owners = usePlanActivityOwnersQuery({ fetchPolicy: 'cache-first' });
  const [type, setType] = useState<PlannedActivityType>('CALL');
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(() => toLocalInput(nextFullHour(new Date())));
  const [ownerId, setOwnerId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { plan, loading } = usePlanActivity();
  const me = owners.data?.me?.id ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validatePlan({ subject, due });
    setErrors(checked.errors);
    if (!checked.dueAt || Object.keys(checked.errors).length) return;
    try {
      await plan({
        ...on,
        type,
        subject: subject.trim(),
        dueAt: checked.dueAt,
        ...(ownerId && ownerId !== me ? { ownerId } : {}),
      });
      onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(Object.keys(fields).length ? fields : { form: errorMessage(error) });
    }
  };

  const describedBy = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);
  const now = new Date();
  const past = pastDueNote(due, now);
  const limits = dueLimits(now);
  return (
    <form className="plan-form" onSubmit={submit} aria-label="Plan next step" noValidate>
      <div className="plan-form__grid">
        <Field id={`${id}-type`} label="Type">
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as PlannedActivityType)}
          >
            {PLANNED_ACTIVITY_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-subject`} label="Subject" error={errors.subject}>
          <input
            id={`${id}-subject`}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            aria-invalid={Boolean(errors.subject)}
            aria-describedby={describedBy('subject')}
            autoFocus
          />
        </Field>
        <Field id={`${id}-dueAt`} label="Due" error={errors.dueAt} hint={past}>
          <input
            id={`${id}-dueAt`}
            type="datetime-local"
            value={due}
            min={limits.min}
            max={limits.max}
            onChange={(e) => {
              setDue(e.target.value);
              setErrors(({ dueAt: _, ...rest }) => rest);
            }}
            aria-invalid={Boolean(errors.dueAt)}
            aria-describedby={describedBy('dueAt') ?? (past && `${id}-dueAt-hint`)}
          />
        </Field>
        <Field id={`${id}-owner`} label="Owner" error={errors.ownerId}>
          <select
            id={`${id}-owner`}
            value={ownerId || me}
            onChange={(e) => setOwnerId(e.target.value)}
            aria-describedby={describedBy('ownerId')}
          >
            {(owners.data?.users ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.id === me ? `${user.name} (you)` : user.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {loading ? 'Planning…' : 'Plan'}
        </button>
      </div>
    </form>
  );
}
