import type { TimelineItem_ActivityFragment } from '../../../__generated__/graphql';

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
      return 'Email logged';
    case 'CALL':
      return 'Call logged';
    case 'MEETING':
      return 'Meeting logged';
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
      return 'Task';
    default:
      return 'Updated';
  }
}
