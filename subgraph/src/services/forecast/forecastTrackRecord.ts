import type { QueryForecastTrackRecordArgs } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { userError } from '../common/errors';
import { sumByCurrency, type MoneyTotal } from '../common/money';
import { convertTotals, type AppliedRate, type RateOn } from '../currency/convertTotals';
import { monthRateDay } from '../currency/inReportingCurrency';
import {
  absolutePercentageError,
  forecastAtStart,
  meanAbsolutePercentageError,
  monthStart,
  stageRateWeighting,
  wonIn,
} from './backtest';
import { loadForecastHistory } from './loadForecastHistory';
import { STAGE_RATE_DEFAULT_WINDOW_MONTHS } from '../pipelines/learnStageRates';

/** A snapshot counts as the month's start when taken in its first week. */
const SNAPSHOT_GRACE_DAYS = 7;
const ERROR_MONTHS = 6;
const DAY = 86_400_000;

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/**
 * For each of the last `months` complete months: what the forecast for it said at its start (the
 * daily snapshot of its first week, else reconstructed from the deals' timelines as they stood
 * that day, with the stage rates learned before it) against what was won in it, in one currency at the rates of the month's
 * last day (ADR 038), and the mean absolute percentage error of the last 6 months with a figure.
 */
export async function forecastTrackRecord(context: Context, args: QueryForecastTrackRecordArgs) {
  const { prisma, tenantId, loaders } = context;
  const count = args.months ?? 12;
  if (!Number.isInteger(count) || count < 1 || count > 36)
    throw userError('months: must be a whole number from 1 to 36', 'months');
  const pipelines = await prisma.pipeline.findMany({
    where: { tenantId, ...(args.pipelineId ? { id: args.pipelineId } : {}) },
    select: { id: true, currency: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  if (args.pipelineId && pipelines.length === 0)
    throw userError(`pipelineId: unknown pipeline ${args.pipelineId}`, 'pipelineId');
  const now = new Date();
  const months = Array.from({ length: count }, (_, i) =>
    monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count + i, 1))),
  );
  const currency =
    (await loaders.exchangeRates.reportingCurrency()) ?? pipelines[0]?.currency ?? 'USD';
  // Back a rate window further than the first month: its stage rates learn from the deals
  // closed in the 12 months before it.
  const since = monthStart(months[0]!);
  since.setUTCMonth(since.getUTCMonth() - STAGE_RATE_DEFAULT_WINDOW_MONTHS);
  const until = monthStart(monthOf(now));
  const [snapshots, history] = await Promise.all([
    prisma.forecastSnapshot.findMany({
      where: {
        tenantId,
        ...(args.pipelineId ? { pipelineId: args.pipelineId } : {}),
        month: { in: months },
      },
      orderBy: { day: 'asc' },
    }),
    loadForecastHistory(prisma, tenantId, { pipelineId: args.pipelineId, since, until }),
  ]);
  const weighting = stageRateWeighting(history.stages, history.deals);
  const openStages = new Set(history.stages.filter((s) => s.kind === 'OPEN').map((s) => s.id));

  const rows = [];
  for (const month of months) {
    const start = monthStart(month);
    const inFirstWeek = snapshots.filter(
      (s) =>
        s.month === month &&
        s.day >= start &&
        s.day.getTime() < start.getTime() + SNAPSHOT_GRACE_DAYS * DAY,
    );
    const firstDay = inFirstWeek[0]?.day;
    const taken = firstDay ? inFirstWeek.filter((s) => s.day.getTime() === firstDay.getTime()) : [];
    let expected: MoneyTotal[];
    let bestCase: MoneyTotal[];
    if (taken.length > 0) {
      expected = sumByCurrency(
        taken.flatMap((s) => [
          { currency: s.currency, amount: s.wonValue },
          { currency: s.currency, amount: s.weightedValue },
        ]),
      );
      bestCase = sumByCurrency(
        taken.flatMap((s) => [
          { currency: s.currency, amount: s.wonValue },
          { currency: s.currency, amount: s.openValue },
        ]),
      );
    } else {
      ({ expected, bestCase } = forecastAtStart(history.deals, month, weighting, (id) =>
        openStages.has(id),
      ));
    }
    const won = wonIn(history.deals, month);
    const rateDay = monthRateDay(month, now);
    const rates = await ratesOn(context, [...expected, ...bestCase, ...won], currency, rateDay);
    const convert = (totals: MoneyTotal[]) =>
      convertTotals(totals, currency, rateDay, (c) => rates.get(c) ?? null);
    const [f, b, w] = [convert(expected), convert(bestCase), convert(won)];
    const unconverted = sumByCurrency([...f.unconverted, ...w.unconverted]);
    // One rate per currency (a currency's amounts in the forecast and in what was won share it).
    const applied = new Map<string, AppliedRate>();
    for (const rate of [...f.rates, ...b.rates, ...w.rates])
      if (!applied.has(rate.fromCurrency)) applied.set(rate.fromCurrency, rate);
    rows.push({
      month,
      source: taken.length > 0 ? ('SNAPSHOT' as const) : ('RECONSTRUCTED' as const),
      snapshotDay: firstDay ?? null,
      forecast: f.amount,
      bestCase: b.amount,
      won: w.amount,
      absolutePercentageError:
        unconverted.length > 0 ? null : absolutePercentageError(f.amount, w.amount),
      unconverted,
      rates: [...applied.values()],
    });
  }
  const { mape, months: errorMonths } = meanAbsolutePercentageError(
    rows.map((r) => ({ month: r.month, error: r.absolutePercentageError })),
    ERROR_MONTHS,
  );
  return {
    currency,
    weighting:
      'Expected = won by the start of the month + open deals expected in it (or overdue) × their ' +
      "stage's rate: the rate in force that day for snapshots; for reconstructed months, each " +
      "deal's stage, expected close date, value and currency as its timeline says they were that " +
      'day, and ' +
      weighting.description,
    months: rows,
    meanAbsolutePercentageError: mape,
    errorMonths,
  };
}

/** The rate of each currency of `totals` into `to`, dated on or before `day`. */
async function ratesOn(
  { loaders }: Context,
  totals: readonly MoneyTotal[],
  to: string,
  day: Date,
): Promise<Map<string, RateOn | null>> {
  const currencies = [...new Set(totals.map((t) => t.currency).filter((c) => c !== to))];
  const found = await loaders.exchangeRates.rate.loadMany(
    currencies.map((from) => ({ from, to, asOf: day.toISOString().slice(0, 10) })),
  );
  return new Map(
    currencies.map((c, i) => {
      const rate = found[i];
      if (rate instanceof Error) throw rate;
      return [c, rate ?? null];
    }),
  );
}
