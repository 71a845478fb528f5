import type { NextStep_ActivityFragment } from '../../../__generated__/graphql';
import { activityTypeLabel } from './activityTypeLabel';
import { calendarDay } from './calendarDay';

export type NextStep = {
  /** What a card shows: "Call Thu 10:00", "Call overdue 2 d", "no activity planned". */
  text: string;
  /** The same said in full, for a tooltip and a screen reader. */
  detail: string;
  tone: 'none' | 'planned' | 'today' | 'overdue';
};

export type Clock = { now: Date; timeZone: string };

export const browserClock = (): Clock => ({
  now: new Date(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

function formatIn(timeZone: string, options: Intl.DateTimeFormatOptions, date: Date) {
  return new Intl.DateTimeFormat('en-US', { timeZone, ...options }).format(date);
}

const time = (date: Date, timeZone: string) =>
  formatIn(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, date);

/** "Thu, Dec 3, 10:00": the due time in full, as the detail gives it. */
export function formatDue(dueAt: string, timeZone: string): string {
  const date = new Date(dueAt);
  return `${formatIn(timeZone, { weekday: 'short', month: 'short', day: 'numeric' }, date)}, ${time(date, timeZone)}`;
}

/**
 * A deal's next step as Pipedrive shows it on a card: the type and when, in the viewer's time zone
 * ("today 10:00", "tomorrow 09:30", a weekday within the week, else the date); an overdue one by
 * the server's whole days past due ("overdue 2 d"), or its time when less than a day.
 */
export function formatNextStep(
  activity:
    | Pick<NextStep_ActivityFragment, 'type' | 'subject' | 'dueAt' | 'isOverdue' | 'overdueDays'>
    | null
    | undefined,
  { now, timeZone }: Clock,
): NextStep {
  if (!activity)
    return { text: 'no activity planned', detail: 'No activity planned', tone: 'none' };
  const label = activityTypeLabel(activity.type);
  const due = new Date(activity.dueAt);
  const full = `${label} “${activity.subject}”, due ${formatDue(activity.dueAt, timeZone)}`;
  if (activity.isOverdue) {
    const days = activity.overdueDays;
    if (days >= 1) {
      return {
        text: `${label} overdue ${days} d`,
        detail: `${full}: overdue by ${days} whole ${days === 1 ? 'day' : 'days'}`,
        tone: 'overdue',
      };
    }
    return {
      text: `${label} overdue since ${time(due, timeZone)}`,
      detail: `${full}: overdue by less than a day`,
      tone: 'overdue',
    };
  }
  const days = calendarDay(due, timeZone) - calendarDay(now, timeZone);
  const when =
    days <= 0
      ? 'today'
      : days === 1
        ? 'tomorrow'
        : days < 7
          ? formatIn(timeZone, { weekday: 'short' }, due)
          : formatIn(timeZone, { month: 'short', day: 'numeric' }, due);
  return {
    text: `${label} ${when} ${time(due, timeZone)}`,
    detail: full,
    tone: days <= 0 ? 'today' : 'planned',
  };
}
