import type { Context } from '../../types/context';
import type { QueryForecastArgs } from '../../__generated__/resolvers-types';
import type { SalesTarget } from '../../db/generated/client';
import { userError } from '../common/errors';
import { assertPipelineOfTenant } from '../pipelines/assertPipelineOfTenant';
import {
  Decimal,
  formatMoney,
  singleCurrencyAmount,
  sumByCurrency,
  type MoneyTotal,
  type MoneyValue,
} from '../common/money';
import { weightedValue } from '../pipelines/weightedValue';
import { targetsOfMonths } from './salesTargets';

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The most months one forecast covers. */
export const MAX_FORECAST_MONTHS = 60;

/**
 * The months from `from` to `to`; a longer range is refused, not cut (it was cut to its first 60
 * months, so "2022-01 to 2027-12" silently lost 2027).
 */
function monthsBetween(from: Date, to: Date): string[] {
  const count =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  if (count > MAX_FORECAST_MONTHS)
    throw userError(
      `to: a forecast covers at most ${MAX_FORECAST_MONTHS} months; ${monthOf(from)} to ${monthOf(to)} is ${count}`,
      'to',
    );
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor <= to) {
    months.push(monthOf(cursor));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

type Amount = { currency: string; amount: MoneyValue };
type ForecastDeal = {
  ownerId: string | null;
  currency: string;
  value: Decimal;
  weighted: Decimal;
  overdue: boolean;
};
type WonDeal = { ownerId: string | null; currency: string; value: Decimal };

/**
 * The forecast by month of expected close (issue 13): for each month the deals won in it
 * (committed), the open deals expected in it at full value (best case = won + open) and weighted
 * by their stage rate (expected = won + weighted), against the stored target of the scope, with the
 * same figures per rep. An open deal whose expected close date has passed is counted in the current
 * month and flagged as overdue, never dropped. Amounts stay one total per currency.
 */
export async function forecast(context: Context, args: QueryForecastArgs) {
  const { prisma, tenantId } = context;
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const currentMonth = monthOf(now);
  const from = args.from
    ? new Date(args.from)
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  const to = args.to
    ? new Date(args.to)
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, 0));
  if (to < from) throw userError('to: must not be before from', 'to');
  const months = monthsBetween(from, to);
  // A pipeline that is not the tenant's is not an empty forecast (pipelineStats says so too).
  if (args.pipelineId) await assertPipelineOfTenant(context, args.pipelineId);
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1));
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  const scope = {
    tenantId,
    ...(args.pipelineId ? { pipelineId: args.pipelineId } : {}),
    ...(args.ownerId ? { ownerId: args.ownerId } : {}),
  };
  const countsOverdue = months.includes(currentMonth);
  const [open, won, stored] = await Promise.all([
    prisma.deal.findMany({
      where: {
        ...scope,
        stage: { kind: 'OPEN' },
        OR: [
          { expectedCloseDate: { gte: start, lt: end } },
          ...(countsOverdue ? [{ expectedCloseDate: { lt: today } }] : []),
        ],
      },
      select: {
        value: true,
        currency: true,
        ownerId: true,
        expectedCloseDate: true,
        stage: {
          select: {
            kind: true,
            probability: true,
            learnedConversionRate: true,
            blendedProbability: true,
          },
        },
      },
    }),
    prisma.deal.findMany({
      where: { ...scope, stage: { kind: 'WON' }, closedAt: { gte: start, lt: end } },
      select: { value: true, currency: true, closedAt: true, ownerId: true },
    }),
    targetsOfMonths(context, months, args.pipelineId ?? ''),
  ]);
  const givenTargets = new Map<string, string>();
  for (const target of args.targets ?? []) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(target.month))
      throw userError(`targets: month "${target.month}" must be YYYY-MM`, 'targets');
    givenTargets.set(target.month, formatMoney(target.target));
  }

  const openByMonth = new Map<string, ForecastDeal[]>();
  for (const deal of open) {
    const expected = deal.expectedCloseDate!;
    const overdue = expected < today;
    const month = overdue ? currentMonth : monthOf(expected);
    if (!months.includes(month)) continue;
    const list = openByMonth.get(month) ?? [];
    list.push({
      ownerId: deal.ownerId,
      currency: deal.currency,
      value: deal.value,
      weighted: weightedValue(deal.value, deal.stage),
      overdue,
    });
    openByMonth.set(month, list);
  }
  const wonByMonth = new Map<string, WonDeal[]>();
  for (const deal of won) {
    const month = monthOf(deal.closedAt!);
    const list = wonByMonth.get(month);
    if (list) list.push(deal);
    else wonByMonth.set(month, [deal]);
  }

  return months.map((month) => {
    const expected = openByMonth.get(month) ?? [];
    const wonDeals = wonByMonth.get(month) ?? [];
    const monthTargets = stored.filter((t) => t.month === month);
    const scopeTarget = monthTargets.find((t) => t.ownerId === (args.ownerId ?? '')) ?? null;
    const figures = summarise(expected, wonDeals);
    const overdue = expected.filter((d) => d.overdue);
    return {
      month,
      ownerId: args.ownerId ?? null,
      dealCount: expected.length,
      totals: figures.openTotals,
      weightedTotals: figures.weightedTotals,
      wonTotals: figures.wonTotals,
      bestCaseTotals: figures.bestCaseTotals,
      expectedTotals: figures.expectedTotals,
      totalValue: singleCurrencyAmount(figures.openTotals),
      weightedValue: singleCurrencyAmount(figures.weightedTotals),
      wonValue: singleCurrencyAmount(figures.wonTotals),
      target: scopeTarget ? formatMoney(scopeTarget.amount) : (givenTargets.get(month) ?? null),
      targetTotal: scopeTarget ? moneyTotal(scopeTarget) : null,
      overdueCount: overdue.length,
      overdueTotals: sumByCurrency(overdue.map((d) => ({ currency: d.currency, amount: d.value }))),
      owners: owners(expected, wonDeals, monthTargets, args.ownerId ?? null),
    };
  });
}

function summarise(open: ForecastDeal[], won: WonDeal[]) {
  const wonAmounts: Amount[] = won.map((d) => ({ currency: d.currency, amount: d.value }));
  const openAmounts: Amount[] = open.map((d) => ({ currency: d.currency, amount: d.value }));
  const weightedAmounts: Amount[] = open.map((d) => ({ currency: d.currency, amount: d.weighted }));
  return {
    openTotals: sumByCurrency(openAmounts),
    weightedTotals: sumByCurrency(weightedAmounts),
    wonTotals: sumByCurrency(wonAmounts),
    bestCaseTotals: sumByCurrency([...wonAmounts, ...openAmounts]),
    expectedTotals: sumByCurrency([...wonAmounts, ...weightedAmounts]),
  };
}

const moneyTotal = (target: SalesTarget): MoneyTotal => ({
  currency: target.currency,
  amount: formatMoney(target.amount),
});

/**
 * Each rep's figures for the month: every owner with an open or won deal in it, or a stored target
 * of their own. Attainment = won / target, only when everything won is in the target's currency.
 */
function owners(
  open: ForecastDeal[],
  won: WonDeal[],
  targets: SalesTarget[],
  onlyOwner: string | null,
) {
  const ids = new Set<string | null>([
    ...open.map((d) => d.ownerId),
    ...won.map((d) => d.ownerId),
    ...targets.filter((t) => t.ownerId !== '').map((t) => t.ownerId),
  ]);
  if (onlyOwner !== null) for (const id of [...ids]) if (id !== onlyOwner) ids.delete(id);
  return [...ids]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((ownerId) => {
      const mine = open.filter((d) => d.ownerId === ownerId);
      const mineWon = won.filter((d) => d.ownerId === ownerId);
      const figures = summarise(mine, mineWon);
      const target = ownerId === null ? undefined : targets.find((t) => t.ownerId === ownerId);
      return {
        ownerId,
        dealCount: mine.length,
        wonTotals: figures.wonTotals,
        expectedTotals: figures.expectedTotals,
        target: target ? moneyTotal(target) : null,
        attainment: target ? attainment(figures.wonTotals, target) : null,
      };
    });
}

function attainment(wonTotals: MoneyTotal[], target: SalesTarget): number | null {
  if (target.amount.isZero()) return null;
  if (wonTotals.some((t) => t.currency !== target.currency)) return null;
  const wonAmount = new Decimal(wonTotals[0]?.amount ?? 0);
  return wonAmount.dividedBy(target.amount).toDecimalPlaces(4).toNumber();
}
