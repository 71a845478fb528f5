import {
  learnStageRates,
  STAGE_RATE_DEFAULT_WINDOW_MONTHS,
  type RateStage,
} from '../pipelines/learnStageRates';
import { Decimal, sumByCurrency, ZERO, type MoneyTotal } from '../common/money';

/** A stage as the backtest knows it: its rate inputs and its pipeline. */
export type HistoryStage = RateStage & { pipelineId: string };

/** A deal with its stage history: the stages it entered and when (created in, moved to). */
export type HistoryDeal = {
  id: string;
  pipelineId: string;
  currency: string;
  value: string;
  createdAt: Date;
  expectedCloseDate: Date | null;
  /** Null while open; with `won`, how it ended. */
  closedAt: Date | null;
  won: boolean;
  /** Stages entered, oldest first. */
  stages: { at: Date; stageId: string }[];
  /**
   * Edits of the fields a forecast reads, oldest first (from its timeline): what each was before
   * the edit. Absent: the fields never changed, or their history is not known.
   */
  changes?: DealChange[];
};

/** An edit of a deal's expected close date, value or currency, and the value it replaced. */
export type DealChange = {
  at: Date;
  field: 'expectedCloseDate' | 'value' | 'currency';
  from: string | null;
};

/**
 * The deal as it stood at `at`: each edited field as it was before its first edit after `at`. A
 * forecast of a past month reads the expected close dates of that day, not today's (an analyst
 * moved a deal's date from March into November and November's "forecast at its start" jumped).
 */
export function dealAsOf(deal: HistoryDeal, at: Date): HistoryDeal {
  if (!deal.changes?.length) return deal;
  let { expectedCloseDate, value, currency } = deal;
  const seen = new Set<DealChange['field']>();
  for (const change of deal.changes) {
    if (change.at <= at || seen.has(change.field)) continue;
    seen.add(change.field);
    if (change.field === 'expectedCloseDate')
      expectedCloseDate = change.from
        ? new Date(`${change.from.slice(0, 10)}T00:00:00.000Z`)
        : null;
    else if (change.field === 'value' && change.from !== null) value = change.from;
    else if (change.field === 'currency' && change.from !== null) currency = change.from;
  }
  return { ...deal, expectedCloseDate, value, currency };
}

/** A deal open at a moment, in the stage it was in then. */
export type OpenDealAt = { deal: HistoryDeal; stageId: string };

/**
 * How the forecast weighs an open deal at a moment: 0..1. The backtest takes a list of these, so
 * another weighting (deal win probabilities) is one more entry.
 */
export type Weighting = {
  name: string;
  description: string;
  weight: (open: OpenDealAt, asOf: Date) => number;
};

export const monthStart = (month: string) => new Date(`${month}-01T00:00:00.000Z`);
const monthOf = (date: Date) => date.toISOString().slice(0, 7);
const nextMonthStart = (month: string) => {
  const start = monthStart(month);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
};

/** The stage a deal was in at a moment: the last one it entered by then. */
export function stageAt(deal: HistoryDeal, at: Date): string | null {
  let stageId: string | null = null;
  for (const entry of deal.stages) {
    if (entry.at > at) break;
    stageId = entry.stageId;
  }
  return stageId;
}

/** Deals open at a moment: created by then, not closed by then, in a known open stage. */
export function openDealsAt(
  deals: readonly HistoryDeal[],
  at: Date,
  isOpenStage: (stageId: string) => boolean,
): OpenDealAt[] {
  const open: OpenDealAt[] = [];
  for (const deal of deals) {
    if (deal.createdAt > at || (deal.closedAt && deal.closedAt <= at)) continue;
    const stageId = stageAt(deal, at);
    if (stageId && isOpenStage(stageId)) open.push({ deal, stageId });
  }
  return open;
}

/**
 * What the forecast for `month` said at its start, as the live forecast computes it: open deals
 * expected to close in the month, and open deals already past their expected close date (counted
 * in the current month, never dropped), weighted (expected) and at full value (best case). Nothing
 * is won yet at the first instant of a month, so both are pipeline only. One total per currency.
 */
export function forecastAtStart(
  deals: readonly HistoryDeal[],
  month: string,
  weighting: Weighting,
  isOpenStage: (stageId: string) => boolean,
): { expected: MoneyTotal[]; bestCase: MoneyTotal[]; dealCount: number } {
  const start = monthStart(month);
  const counted = openDealsAt(deals, start, isOpenStage)
    .map((open) => ({ ...open, deal: dealAsOf(open.deal, start) }))
    .filter(
      ({ deal }) =>
        deal.expectedCloseDate !== null &&
        (deal.expectedCloseDate < start || monthOf(deal.expectedCloseDate) === month),
    );
  return {
    expected: sumByCurrency(
      counted.map((open) => ({
        currency: open.deal.currency,
        amount: new Decimal(open.deal.value).times(weighting.weight(open, start)),
      })),
    ),
    bestCase: sumByCurrency(
      counted.map(({ deal }) => ({ currency: deal.currency, amount: deal.value })),
    ),
    dealCount: counted.length,
  };
}

/** Deals won in a month (by close date), one total per currency. */
export function wonIn(deals: readonly HistoryDeal[], month: string): MoneyTotal[] {
  const start = monthStart(month);
  const end = nextMonthStart(month);
  return sumByCurrency(
    deals
      .filter((d) => d.won && d.closedAt && d.closedAt >= start && d.closedAt < end)
      .map((d) => ({ currency: d.currency, amount: d.value })),
  );
}

/** |forecast - won| / won; null when nothing was won (the error of a zero is undefined). */
export function absolutePercentageError(forecast: string, won: string): number | null {
  const actual = new Decimal(won);
  if (actual.isZero()) return null;
  return new Decimal(forecast).minus(actual).abs().dividedBy(actual).toNumber();
}

/** The mean of the last `last` errors that exist, and which months they are. */
export function meanAbsolutePercentageError(
  rows: readonly { month: string; error: number | null }[],
  last = 6,
): { mape: number | null; months: string[] } {
  const counted = rows.filter((r) => r.error !== null).slice(-last);
  if (counted.length === 0) return { mape: null, months: [] };
  const sum = counted.reduce((total, r) => total + r.error!, 0);
  return { mape: sum / counted.length, months: counted.map((r) => r.month) };
}

/** Every deal at full value: the unweighted pipeline. */
export const unweighted: Weighting = {
  name: 'unweighted',
  description: 'every open deal at full value (the unweighted pipeline)',
  weight: () => 1,
};

/**
 * Open deals weighted by their stage's rate as it could have been learned at the moment: from the
 * deals of its pipeline closed in the window before it (ADR 026's blend with the stage's prior),
 * so the backtest never uses an outcome from after the forecast was made.
 */
export function stageRateWeighting(
  stages: readonly HistoryStage[],
  deals: readonly HistoryDeal[],
  windowMonths = STAGE_RATE_DEFAULT_WINDOW_MONTHS,
): Weighting {
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const cache = new Map<string, Map<string, number>>();
  const ratesAt = (pipelineId: string, asOf: Date) => {
    const key = `${pipelineId}@${asOf.toISOString()}`;
    let rates = cache.get(key);
    if (!rates) {
      const since = new Date(asOf);
      since.setUTCMonth(since.getUTCMonth() - windowMonths);
      const closed = deals
        .filter(
          (d) =>
            d.pipelineId === pipelineId && d.closedAt && d.closedAt < asOf && d.closedAt >= since,
        )
        .map((d) => ({ won: d.won, closedAt: d.closedAt!, furthestOrder: furthestOrder(d) }));
      const learned = learnStageRates(
        stages.filter((s) => s.pipelineId === pipelineId),
        closed,
      );
      rates = new Map([...learned].map(([id, rate]) => [id, rate.blended]));
      cache.set(key, rates);
    }
    return rates;
  };
  const furthestOrder = (deal: HistoryDeal): number | null => {
    let furthest: number | null = null;
    for (const { stageId } of deal.stages) {
      const stage = stageById.get(stageId);
      if (stage?.kind === 'OPEN' && (furthest === null || stage.order > furthest))
        furthest = stage.order;
    }
    return furthest;
  };
  return {
    name: 'stage rates',
    description: `open deals weighted by their stage's rate learned from the deals closed in the ${windowMonths} months before the forecast (ADR 026)`,
    weight: ({ deal, stageId }, asOf) => ratesAt(deal.pipelineId, asOf).get(stageId) ?? 0,
  };
}

export type BacktestRow = {
  month: string;
  won: string;
  forecasts: Record<string, string>;
  errors: Record<string, number | null>;
};

/**
 * The forecast at the start of each month under each weighting against what was won in it, in one
 * currency (deals in others are left out and counted), with each weighting's mean absolute
 * percentage error over the last `last` months that won something.
 */
export function backtest(
  deals: readonly HistoryDeal[],
  stages: readonly HistoryStage[],
  months: readonly string[],
  weightings: readonly Weighting[],
  { currency, last = 6 }: { currency: string; last?: number },
) {
  const open = new Set(stages.filter((s) => s.kind === 'OPEN').map((s) => s.id));
  const inCurrency = deals.filter((d) => d.currency === currency);
  const amountOf = (totals: MoneyTotal[]) => totals[0]?.amount ?? ZERO.toFixed(2);
  const rows: BacktestRow[] = months.map((month) => {
    const won = amountOf(wonIn(inCurrency, month));
    const forecasts: Record<string, string> = {};
    const errors: Record<string, number | null> = {};
    for (const weighting of weightings) {
      const forecast = amountOf(
        forecastAtStart(inCurrency, month, weighting, (id) => open.has(id)).expected,
      );
      forecasts[weighting.name] = forecast;
      errors[weighting.name] = absolutePercentageError(forecast, won);
    }
    return { month, won, forecasts, errors };
  });
  const summary = Object.fromEntries(
    weightings.map((w) => [
      w.name,
      meanAbsolutePercentageError(
        rows.map((r) => ({ month: r.month, error: r.errors[w.name] ?? null })),
        last,
      ),
    ]),
  );
  return { rows, summary, otherCurrencyDeals: deals.length - inCurrency.length };
}
