const pad = (n: number) => String(n).padStart(2, '0');

/** A date as a `datetime-local` field's value, in the browser's time zone ("2026-12-03T10:00"). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The next full hour after `now`: what a new plan is due at until the user picks a time. */
export function nextFullHour(now: Date): Date {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return next;
}
