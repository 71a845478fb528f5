import { formatDate } from '../../../lib/formatDate';
import { plural } from '../../../lib/plural';

/**
 * "Deleted Nov 29, 2026 by Avery Admin · 29 days left": when, by whom, and how long it can still
 * be restored (whole days before the 30-day window ends, as the server counts them).
 */
export function describeDeletion(item: {
  deletedAt: string;
  deletedBy: { name: string } | null | undefined;
  daysLeft: number;
}): string {
  const by = item.deletedBy ? ` by ${item.deletedBy.name}` : '';
  const left = item.daysLeft === 0 ? 'last day to restore' : `${plural(item.daysLeft, 'day')} left`;
  return `Deleted ${formatDate(item.deletedAt)}${by} · ${left}`;
}
