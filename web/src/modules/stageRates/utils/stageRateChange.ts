import { formatMoney } from '../../../lib/formatMoney';
import { amountIn, currenciesOf, type MoneyTotal } from '../../../lib/moneyTotals';
import { plural } from '../../../lib/plural';

/** What a view shows: weighted totals, and the stage rates (by computation time) they came from. */
export type RatesView = { computedAt: string | null; weighted: readonly MoneyTotal[] };

/**
 * What to do when a view's data changes (ADR 029):
 * - `record`: the same rates (a move, a close, a filter): nothing to announce;
 * - `announce`: new rates arrived with new totals (a refetch, a return to the page);
 * - `refetch`: new rates arrived alone (the poll): fetch the totals, then compare with `before`.
 */
export type RateStep =
  | { kind: 'record' }
  | { kind: 'announce'; before: readonly MoneyTotal[] }
  | { kind: 'refetch'; before: readonly MoneyTotal[] };

export function sameTotals(a: readonly MoneyTotal[], b: readonly MoneyTotal[]): boolean {
  return currenciesOf([a, b], '').every((c) => Number(amountIn(a, c)) === Number(amountIn(b, c)));
}

export function rateStep(shown: RatesView | null, observed: RatesView): RateStep {
  if (!shown || shown.computedAt === observed.computedAt) return { kind: 'record' };
  return sameTotals(shown.weighted, observed.weighted)
    ? { kind: 'refetch', before: shown.weighted }
    : { kind: 'announce', before: shown.weighted };
}

function fromTo(before: readonly MoneyTotal[], after: readonly MoneyTotal[], currency: string) {
  const from = formatMoney(amountIn(before, currency), currency, true);
  const to = formatMoney(amountIn(after, currency), currency, true);
  // "$3,387,666.23 → $3,387,912.40" is noise to a rep: a change under the rounding is "about".
  return from === to ? `stays at about ${to}` : `went from ${from} to ${to}`;
}

/**
 * "Stage win rates were relearned from 57 closed deals: the weighted pipeline went from $455K to
 * $520K." In short amounts, one clause per currency whose total changed; null when no total
 * changed (nothing to announce).
 */
export function describeStageRateChange({
  closedDeals,
  before,
  after,
  currency,
}: {
  closedDeals: number;
  before: readonly MoneyTotal[];
  after: readonly MoneyTotal[];
  currency: string;
}): string | null {
  // The pipeline's currency first, then the others in code order.
  const changed = currenciesOf([before, after], currency)
    .sort((a, b) => Number(b === currency) - Number(a === currency))
    .filter((c) => Number(amountIn(before, c)) !== Number(amountIn(after, c)));
  if (!changed.length) return null;
  const deals = plural(closedDeals, 'closed deal');
  return `Stage win rates were relearned from ${deals}: the weighted pipeline ${changed
    .map((c, i) => fromTo(before, after, c).replace(/^went /, i ? '' : 'went '))
    .join(', and ')}.`;
}
