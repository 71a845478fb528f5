import { formatDate } from '../../../lib/formatDate';

/**
 * "Deleted Dec 1, 2026 by Avery Admin · can be restored until Dec 31, 2026": when, by whom, and
 * until when it can be restored, as a date (the server's `daysLeft` rounds down, so a deal deleted
 * a minute ago had "29 days left" of a 30-day window); the time too on the last day.
 */
export function describeDeletion(
  item: {
    deletedAt: string;
    deletedBy: { name: string } | null | undefined;
    restorableUntil: string;
    daysLeft: number;
  },
  now = new Date(),
): string {
  const by = item.deletedBy ? ` by ${item.deletedBy.name}` : '';
  const until =
    item.daysLeft === 0
      ? `last day: can be restored until ${formatDate(item.restorableUntil, true, now)}`
      : `can be restored until ${formatDate(item.restorableUntil)}`;
  return `Deleted ${formatDate(item.deletedAt)}${by} · ${until}`;
}
