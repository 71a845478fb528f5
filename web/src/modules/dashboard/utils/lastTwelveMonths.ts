import { formatDate } from '../../../lib/formatDate';

/**
 * The dashboard's closed-deal period: the 12 months that end today, both ends whole days (the API
 * counts `to` as a whole day), with the dates it covers in words.
 */
export function lastTwelveMonths(now: Date): { from: string; to: string; dates: string } {
  const day = (y: number, m: number, d: number) =>
    new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  const from = day(y - 1, m, d + 1);
  const to = day(y, m, d);
  return { from, to, dates: `${formatDate(from)} – ${formatDate(to)}` };
}
