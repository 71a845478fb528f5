import { formatMoney } from './formatMoney';

type MoneyTotal = { currency: string; amount: string };

/** One figure per currency ("€12.5K · $3K"): amounts in different currencies are never added. */
export function formatMoneyTotals(totals: readonly MoneyTotal[], compact = false): string {
  if (totals.length === 0) return '—';
  return totals.map((t) => formatMoney(t.amount, t.currency, compact)).join(' · ');
}
