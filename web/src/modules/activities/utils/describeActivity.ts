import type { TimelineItem_ActivityFragment } from '../../../__generated__/lazy';
import { formatDate } from '../../../lib/formatDate';

function field(payload: unknown, key: string): string | undefined {
  if (payload && typeof payload === 'object' && key in payload) {
    const value = (payload as Record<string, unknown>)[key];
    if (value != null && (typeof value === 'string' || typeof value === 'number'))
      return String(value);
  }
  return undefined;
}

/** A one-line headline for a timeline entry, using its payload when it says more. */
export function describeActivity(
  activity: Pick<TimelineItem_ActivityFragment, 'type' | 'payload'>,
): string {
  const p = activity.payload;
  switch (activity.type) {
    case 'CREATED':
      return field(p, 'stage') ? `Created in ${field(p, 'stage')}` : 'Created';
    case 'STAGE_CHANGED': {
      const from = field(p, 'from') ?? field(p, 'fromStage');
      const to = field(p, 'to') ?? field(p, 'toStage') ?? field(p, 'stage');
      return to ? `Moved ${from ? `from ${from} ` : ''}to ${to}` : 'Stage changed';
    }
    case 'VALUE_CHANGED': {
      const from = field(p, 'from');
      const to = field(p, 'to');
      return to ? `Value changed${from ? ` from ${from}` : ''} to ${to}` : 'Value changed';
    }
    case 'WON':
      return 'Won';
    case 'LOST':
      return field(p, 'reason') ? `Lost: ${field(p, 'reason')}` : 'Lost';
    case 'NOTE':
      return 'Note';
    case 'EMAIL':
      return field(p, 'plannedActivityId') ? 'Planned email done' : 'Email logged';
    case 'CALL':
      return field(p, 'plannedActivityId') ? 'Planned call done' : 'Call logged';
    case 'MEETING':
      return field(p, 'plannedActivityId') ? 'Planned meeting done' : 'Meeting logged';
    case 'ACTIVITY_PLANNED': {
      const type = field(p, 'type')?.toLowerCase() ?? 'activity';
      const due = field(p, 'dueAt');
      const article = /^[aeiou]/.test(type) ? 'an' : 'a';
      return `Planned ${article} ${type}${due ? ` for ${formatDate(due, true)}` : ''}`;
    }
    case 'ACTIVITY_RESCHEDULED': {
      const dueAt = p && typeof p === 'object' ? (p as { dueAt?: unknown }).dueAt : undefined;
      const from = field(dueAt, 'from');
      const to = field(dueAt, 'to');
      return to
        ? `Rescheduled${from ? ` from ${formatDate(from, true)}` : ''} to ${formatDate(to, true)}`
        : 'Rescheduled';
    }
    case 'ACTIVITY_CANCELLED':
      return 'Planned activity cancelled';
    case 'SCORE_CHANGED': {
      const from = field(p, 'from') ?? field(p, 'previousScore');
      const to = field(p, 'to') ?? field(p, 'score');
      return to ? `Score ${from ? `${from} → ` : ''}${to}` : 'Score changed';
    }
    case 'ASSIGNED':
      return field(p, 'ownerName') ? `Assigned to ${field(p, 'ownerName')}` : 'Assigned';
    case 'STATUS_CHANGED':
      return field(p, 'to') ? `Status set to ${field(p, 'to')?.toLowerCase()}` : 'Status changed';
    case 'CONVERTED':
      return 'Converted to a deal';
    case 'TASK':
      return field(p, 'plannedActivityId') ? 'Planned task done' : 'Task';
    case 'REOPENED': {
      const to = field(p, 'toStage');
      return to ? `Reopened: back to ${to}` : 'Reopened';
    }
    case 'RESTORED':
      return 'Restored from the trash';
    case 'DELETED':
      return field(p, 'mergedInto') ? 'Deleted: merged into another lead' : 'Deleted';
    case 'MERGED': {
      const merged = p && typeof p === 'object' ? (p as { merged?: unknown }).merged : undefined;
      const count = Array.isArray(merged) ? merged.length : 0;
      return count
        ? `Merged with ${count === 1 ? 'a duplicate lead' : `${count} duplicate leads`}`
        : 'Merged with duplicates';
    }
    default:
      return 'Updated';
  }
}
