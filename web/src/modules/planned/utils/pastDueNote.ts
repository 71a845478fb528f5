import { parseLocal } from './validatePlan';

/**
 * A note, not an error, for a due time already past: it can be meant (logging what was due this
 * morning), but it will be overdue the moment it is saved.
 */
export function pastDueNote(due: string, now: Date): string | undefined {
  const at = parseLocal(due);
  return at && at.getTime() < now.getTime()
    ? 'This is in the past: it will show as overdue.'
    : undefined;
}
