import { userError } from '../common/errors';

const DAY = 86_400_000;

/** Milliseconds `timeZone` is ahead of UTC at `at`. */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return local - Math.floor(at / 1000) * 1000;
}

/**
 * The first instant of the day after `now`'s day in `timeZone` (an IANA name, e.g.
 * Europe/Berlin): "due today" is due before it. BAD_USER_INPUT for an unknown zone.
 */
export function endOfDay(now: Date, timeZone: string): Date {
  let offset: number;
  try {
    offset = offsetAt(now.getTime(), timeZone);
  } catch {
    throw userError(
      `timeZone: unknown time zone ${JSON.stringify(timeZone.slice(0, 64))}`,
      'timeZone',
    );
  }
  const localMidnight = Math.floor((now.getTime() + offset) / DAY) * DAY + DAY;
  // The zone's offset at the next midnight may differ from now's (a daylight-saving change).
  const guess = localMidnight - offset;
  return new Date(localMidnight - offsetAt(guess, timeZone));
}
