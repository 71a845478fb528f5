import type { NextStep_ActivityFragment } from '../../../__generated__/graphql';
import { plural } from '../../../lib/plural';
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

const year = (date: Date, timeZone: string) => formatIn(timeZone, { year: 'numeric' }, date);

/** The year only when it is not the viewer's current one ("Jan 1" of 2020 is not next January). */
const dayOptions = (date: Date, { now, timeZone }: Clock): Intl.DateTimeFormatOptions => ({
  month: 'short',
  day: 'numeric',
  ...(year(date, timeZone) !== year(now, timeZone) && { year: 'numeric' }),
});

/** "Thu, Dec 3, 10:00" ("Wed, Jan 1, 2020, 10:00" in another year): the due time in full. */
export function formatDue(dueAt: string, clock: Clock): string {
  const date = new Date(dueAt);
  return `${formatIn(clock.timeZone, { weekday: 'short', ...dayOptions(date, clock) }, date)}, ${time(date, clock.timeZone)}`;
}

/**
 * A deal's next step as Pipedrive shows it on a card: the type and when, in the viewer's time zone
 * ("today 10:00", "tomorrow 09:30", a weekday within the week, else the date, with its year in
 * another year); an overdue one by
 * the server's whole days past due ("overdue 2 d"), or its time when less than a day.
 */
export function formatNextStep(
  activity:
    | Pick<NextStep_ActivityFragment, 'type' | 'subject' | 'dueAt' | 'isOverdue' | 'overdueDays'>
    | null
    | undefined,
  clock: Clock,
): NextStep {
  const { now, timeZone } = clock;
  if (!activity)
    return { text: 'no activity planned', detail: 'No activity planned', tone: 'none' };
  const label = activityTypeLabel(activity.type);
  const due = new Date(activity.dueAt);
  const full = `${label} “${activity.subject}”, due ${formatDue(activity.dueAt, clock)}`;
  if (activity.isOverdue) {
    const days = activity.overdueDays;
    if (days >= 1) {
      return {
        text: `${label} overdue ${days} d`,
        detail: `${full}: overdue by ${plural(days, 'whole day')}`,
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
          : formatIn(timeZone, dayOptions(due, clock), due);
  return {
    text: `${label} ${when} ${time(due, timeZone)}`,
    detail: full,
    tone: days <= 0 ? 'today' : 'planned',
  };
}
