const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateTimeWithYearFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * A date ("Jan 1, 2020"), or with `withTime` a date and time, whose year is left out only in the
 * current year: "Jan 1, 10:00 AM" of another year would read as the coming January.
 */
export function formatDate(
  value: string | null | undefined,
  withTime = false,
  now = new Date(),
): string {
  if (!value) return '—';
  // Plain dates (YYYY-MM-DD) are calendar days: don't let the time zone shift them.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (!withTime) return dateFormat.format(date);
  return (
    date.getFullYear() === now.getFullYear() ? dateTimeFormat : dateTimeWithYearFormat
  ).format(date);
}
