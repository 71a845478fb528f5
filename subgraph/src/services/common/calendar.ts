/** The years a date or date-time may fall in: anything outside is a typo or an attack. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A real calendar date (YYYY-MM-DD) or ISO-8601 date-time, in YEAR_RANGE: "2026-02-31",
 * "0000-01-01", "24:00" and the like are null instead of rolling over to another day. A date-time
 * without a zone is UTC. The one parser of dates for the API's scalars and the CSV import.
 */
export function parseCalendarDate(text: string, { withTime }: { withTime: boolean }): Date | null {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  if (!withTime && h !== undefined) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || month < 1 || month > 12) return null;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (h === undefined) return new Date(Date.UTC(year, month - 1, day));
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  if (zone && zone.toUpperCase() !== 'Z') {
    const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
    if (zh > 23 || zm > 59) return null;
  }
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? `.${fraction.slice(0, 3)}` : ''}${zone ?? 'Z'}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
