import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PlannedActivityItem_ActivityFragment } from '../../../__generated__/lazy';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { errorMessage } from '../../../lib/graphqlErrors';
import { lengthError } from '../../../lib/lengthError';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useCancelActivity } from '../hooks/useCancelActivity';
import { useCompleteActivity } from '../hooks/useCompleteActivity';
import { useRescheduleActivity } from '../hooks/useRescheduleActivity';
import { activityTypeLabel } from '../utils/activityTypeLabel';
import { browserClock, formatDue, formatNextStep } from '../utils/formatNextStep';
import { dueLimits } from '../utils/dueLimits';
import { toLocalInput } from '../utils/localDateTime';
import { pastDueNote } from '../utils/pastDueNote';
import { parseLocal } from '../utils/validatePlan';

type Mode = 'idle' | 'complete' | 'reschedule';

/**
 * One open planned activity with what can be done to it: Complete (with an optional note),
 * Reschedule, Cancel. `showSubject` links to its deal or lead (My day lists several).
 */
export function PlannedActivityItem({
  activity,
  showSubject = false,
  showOwner = true,
}: {
  activity: PlannedActivityItem_ActivityFragment;
  showSubject?: boolean;
  showOwner?: boolean;
}) {
  const id = useId();
  const toast = useToast();
  const [mode, setMode] = useState<Mode>('idle');
  const [note, setNote] = useState('');
  const [due, setDue] = useState(() => toLocalInput(new Date(activity.dueAt)));
  const [error, setError] = useState<string>();
  const { complete, loading: completing } = useCompleteActivity();
  const { reschedule, loading: moving } = useRescheduleActivity();
  const { cancel, loading: cancelling } = useCancelActivity();
  const clock = browserClock();
  const step = formatNextStep(activity, clock);
  const limits = dueLimits(clock.now);
  const past = pastDueNote(due, clock.now);
  const label = activityTypeLabel(activity.type);
  const name = `${label.toLowerCase()} “${activity.subject}”`;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMode('idle');
      setError(undefined);
      toast.show(done, 'success');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const submitComplete = (event: FormEvent) => {
    event.preventDefault();
    const tooLong = lengthError(note.trim(), fieldLimits.Mutation.completeActivity.note);
    if (tooLong) return setError(tooLong);
    void run(
      () => complete(activity.id, note.trim() || null),
      `${label} “${activity.subject}” done.`,
    );
  };
  const submitReschedule = (event: FormEvent) => {
    event.preventDefault();
    const at = parseLocal(due);
    if (!at) return setError('Pick a day and a time.');
    void run(
      () => reschedule(activity.id, at.toISOString()),
      `${label} “${activity.subject}” moved to ${formatDue(at.toISOString(), clock)}.`,
    );
  };

  return (
    <li className={`planned-item planned-item--${step.tone}`} data-planned-id={activity.id}>
      <div className="planned-item__main">
        <span className="planned-item__type">{label}</span>
        <span className="planned-item__subject">{activity.subject}</span>
        <span className="planned-item__when">
          <time dateTime={activity.dueAt}>{formatDue(activity.dueAt, clock)}</time>
          {activity.isOverdue && (
            <span className="badge badge--danger" title={step.detail}>
              {activity.overdueDays >= 1 ? `overdue ${activity.overdueDays} d` : 'overdue'}
            </span>
          )}
          {showOwner && activity.owner && <span className="muted"> · {activity.owner.name}</span>}
        </span>
        {showSubject && (activity.deal ?? activity.lead) && (
          <span className="planned-item__on">
            {activity.deal ? (
              <Link to={`/deals/${activity.deal.id}`}>Deal: {activity.deal.title}</Link>
            ) : (
              activity.lead && (
                <Link to={`/leads/${activity.lead.id}`}>Lead: {activity.lead.name}</Link>
              )
            )}
          </span>
        )}
        {activity.note && <p className="planned-item__note">{activity.note}</p>}
      </div>
      {mode === 'idle' && (
        <div className="planned-item__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={`Complete ${name}`}
            onClick={() => setMode('complete')}
          >
            Complete
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Reschedule ${name}`}
            onClick={() => setMode('reschedule')}
          >
            Reschedule
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={`Cancel ${name}`}
            disabled={cancelling}
            onClick={() =>
              void run(() => cancel(activity.id), `${label} “${activity.subject}” cancelled.`)
            }
          >
            Cancel
          </button>
        </div>
      )}
      {mode === 'complete' && (
        <form
          className="planned-item__form"
          onSubmit={submitComplete}
          aria-label={`Complete ${name}`}
        >
          <Field id={`${id}-note`} label="Note (optional)">
            <textarea
              id={`${id}-note`}
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              autoFocus
            />
          </Field>
          <div className="form-actions">
            <button type="button" className="button button--small" onClick={() => setMode('idle')}>
              Back
            </button>
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={completing}
            >
              {completing ? 'Saving…' : 'Mark done'}
            </button>
          </div>
        </form>
      )}
      {mode === 'reschedule' && (
        <form
          className="planned-item__form"
          onSubmit={submitReschedule}
          aria-label={`Reschedule ${name}`}
        >
          <Field id={`${id}-due`} label="New due time" hint={past}>
            <input
              id={`${id}-due`}
              type="datetime-local"
              value={due}
              min={limits.min}
              max={limits.max}
              onChange={(e) => setDue(e.target.value)}
              aria-describedby={past && `${id}-due-hint`}
              autoFocus
            />
          </Field>
          <div className="form-actions">
            <button type="button" className="button button--small" onClick={() => setMode('idle')}>
              Back
            </button>
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={moving}
            >
              {moving ? 'Saving…' : 'Reschedule'}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field__error planned-item__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
