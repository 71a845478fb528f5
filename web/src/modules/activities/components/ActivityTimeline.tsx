import type { TimelineItem_ActivityFragment } from '../../../__generated__/lazy';
import { EmptyState } from '../../../ui/EmptyState';
import { describeActivity } from '../utils/describeActivity';
import { describeChanges } from '../utils/describeChanges';
import '../timeline.css';

const ICONS: Record<string, string> = {
  CREATED: '✚',
  STAGE_CHANGED: '→',
  VALUE_CHANGED: '$',
  WON: '★',
  LOST: '✕',
  NOTE: '✎',
  EMAIL: '✉',
  CALL: '☎',
  MEETING: '◷',
  SCORE_CHANGED: '↕',
  ASSIGNED: '☺',
  STATUS_CHANGED: '◐',
  CONVERTED: '⇪',
  TASK: '☐',
  UPDATED: '✎',
};

// Entries whose payload is an edit's `{ field: { from, to } }` (ADR 030).
const EDITS = new Set(['UPDATED', 'VALUE_CHANGED', 'ASSIGNED']);

const timeFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function ActivityTimeline({
  activities,
  userName,
}: {
  activities: readonly TimelineItem_ActivityFragment[];
  /** Owners' names for an edit's "Owner: A → B". */
  userName?: (id: string) => string | undefined;
}) {
  if (!activities.length) return <EmptyState title="No activity yet" />;
  return (
    <ol className="timeline" aria-label="Activity timeline">
      {activities.map((a) => (
        <li key={a.id} className="timeline__item" data-activity-type={a.type}>
          <span className="timeline__icon" aria-hidden="true">
            {ICONS[a.type] ?? '•'}
          </span>
          <div>
            <div className="timeline__head">
              <span className="timeline__type">{describeActivity(a)}</span>
              <time className="timeline__time" dateTime={a.occurredAt}>
                {timeFormat.format(new Date(a.occurredAt))}
              </time>
              {a.actor && <span className="timeline__time">by {a.actor.name}</span>}
            </div>
            {EDITS.has(a.type) && <Changes payload={a.payload} userName={userName} />}
            {a.body && <p className="timeline__body">{a.body}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** What an edit changed, one field a line, old → new. */
function Changes({
  payload,
  userName,
}: {
  payload: unknown;
  userName: ((id: string) => string | undefined) | undefined;
}) {
  const lines = describeChanges(payload, userName);
  if (!lines.length) return null;
  return (
    <ul className="timeline__changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
