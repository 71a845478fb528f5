import type { Context } from '../../types/context';
import type { MoneyTotal } from '../common/money';
import { convertTotals, type ConvertedTotal } from './convertTotals';

const dayText = (date: Date) => date.toISOString().slice(0, 10);

/** Today (UTC) as a date: the day current figures convert at. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The day a month's figures convert at (ADR 038): its last day, or today while it lasts. */
export function monthRateDay(month: string, now = new Date()): Date {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0));
  const day = today(now);
  return last < day ? last : day;
}

/**
 * Per-currency totals in the tenant's reporting currency, at the latest rates dated on or before
 * `asOf`; null while the tenant has no reporting currency.
 */
export async function inReportingCurrency(
  { loaders }: Pick<Context, 'loaders'>,
  totals: readonly MoneyTotal[],
  asOf: Date,
): Promise<ConvertedTotal | null> {
  const reporting = await loaders.exchangeRates.reportingCurrency();
  if (!reporting) return null;
  const others = totals.filter((t) => t.currency !== reporting).map((t) => t.currency);
  const rates = await loaders.exchangeRates.rate.loadMany(
    others.map((from) => ({ from, to: reporting, asOf: dayText(asOf) })),
  );
  const byCurrency = new Map(
    others.map((currency, i) => {
      const rate = rates[i];
      if (rate instanceof Error) throw rate;
      return [currency, rate ?? null];
    }),
  );
  return convertTotals(totals, reporting, asOf, (currency) => byCurrency.get(currency) ?? null);
}
