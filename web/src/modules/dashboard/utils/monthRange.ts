/** YYYY-MM-DD of the first day of the month `offset` months from `now` (UTC). */
export function monthStart(now: Date, offset: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM of each month from `from` (offset) for `count` months. */
export function monthKeys(now: Date, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthStart(now, from + i).slice(0, 7));
}
