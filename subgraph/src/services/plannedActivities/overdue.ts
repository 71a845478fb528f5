import type { PlannedActivity } from '../../db/generated/client';

const DAY = 86_400_000;

/** Open and due before `now`. */
export function isOverdue(planned: Pick<PlannedActivity, 'status' | 'dueAt'>, now = new Date()) {
  return planned.status === 'OPEN' && planned.dueAt.getTime() < now.getTime();
}

/** Whole days an open activity is past due (0 when it is not overdue). */
export function overdueDays(planned: Pick<PlannedActivity, 'status' | 'dueAt'>, now = new Date()) {
  return isOverdue(planned, now) ? Math.floor((now.getTime() - planned.dueAt.getTime()) / DAY) : 0;
}
