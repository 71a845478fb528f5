const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of `date` in `timeZone` as a day number (days since 1970-01-01), so that two
 * days subtract to "tomorrow" or "in 3 days" whatever the hour and the offset.
 */
export function calendarDay(date: Date, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / 86_400_000;
}
