import { amountIn, type MoneyTotal } from '../../../lib/moneyTotals';

type ForecastMonthFigures = {
  month: string;
  dealCount: number;
  wonTotals: readonly MoneyTotal[];
  weightedTotals: readonly MoneyTotal[];
  totals: readonly MoneyTotal[];
  expectedTotals: readonly MoneyTotal[];
  bestCaseTotals: readonly MoneyTotal[];
  targetTotal?: MoneyTotal | null;
  overdueCount: number;
  overdueTotals: readonly MoneyTotal[];
};

export type ForecastRow = {
  month: string;
  dealCount: number;
  won: number;
  /** Open deals × their stage rate: expected − won. */
  weightedOpen: number;
  /** Open deals at full value beyond their weighted part: best case − expected. */
  restOfBestCase: number;
  expected: number;
  bestCase: number;
  /** The stored team target, when it is in the chart's currency (null otherwise or when none). */
  target: number | null;
  overdueCount: number;
  overdue: number;
};

/**
 * The forecast months as chart rows in one currency. The bars stack to the best case: won, then the
 * weighted open deals (won + weighted = expected), then the rest of the open value. Amounts in other
 * currencies are left to the caller to list apart: they are never added to these.
 */
export function forecastRows(
  months: readonly ForecastMonthFigures[],
  currency: string,
): ForecastRow[] {
  return months.map((m) => {
    const won = Number(amountIn(m.wonTotals, currency));
    const weightedOpen = Number(amountIn(m.weightedTotals, currency));
    const open = Number(amountIn(m.totals, currency));
    return {
      month: m.month,
      dealCount: m.dealCount,
      won,
      weightedOpen,
      restOfBestCase: Math.max(0, open - weightedOpen),
      expected: Number(amountIn(m.expectedTotals, currency)),
      bestCase: Number(amountIn(m.bestCaseTotals, currency)),
      target:
        m.targetTotal && m.targetTotal.currency === currency ? Number(m.targetTotal.amount) : null,
      overdueCount: m.overdueCount,
      overdue: Number(amountIn(m.overdueTotals, currency)),
    };
  });
}
