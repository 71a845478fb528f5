import type { Context } from '../../types/context';
import type { QueryForecastArgs } from '../../__generated__/resolvers-types';
import { userError } from '../common/errors';
import { formatMoney, singleCurrencyAmount, sumByCurrency } from '../common/money';
import { weightedValue } from '../pipelines/weightedValue';

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor <= to && months.length < 60) {
    months.push(monthOf(cursor));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/**
 * Weighted forecast by expected close month: open deals weighted by their stage's probability
 * (hand-entered, else learned), beside what was already won in the month and an optional target.
 * Every amount is one total per currency: a deal's own currency, never added to another's.
 */
export async function forecast({ prisma, tenantId }: Context, args: QueryForecastArgs) {
  const now = new Date();
  const from = args.from
    ? new Date(args.from)
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  const to = args.to
    ? new Date(args.to)
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, 0));
  if (to < from) throw userError('to: must not be before from', 'to');
  const months = monthsBetween(from, to);
  const end = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1));
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  const scope = {
    tenantId,
    ...(args.pipelineId ? { pipelineId: args.pipelineId } : {}),
    ...(args.ownerId ? { ownerId: args.ownerId } : {}),
  };
  const [open, won] = await Promise.all([
    prisma.deal.findMany({
      where: { ...scope, stage: { kind: 'OPEN' }, expectedCloseDate: { gte: start, lt: end } },
      select: { value: true, currency: true, expectedCloseDate: true, stage: true },
    }),
    prisma.deal.findMany({
      where: { ...scope, stage: { kind: 'WON' }, closedAt: { gte: start, lt: end } },
      select: { value: true, currency: true, closedAt: true },
    }),
  ]);
  const targets = new Map<string, string>();
  for (const target of args.targets ?? []) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(target.month))
      throw userError(`targets: month "${target.month}" must be YYYY-MM`, 'targets');
    targets.set(target.month, formatMoney(target.target));
  }
  return months.map((month) => {
    const expected = open.filter(
      (d) => d.expectedCloseDate && monthOf(d.expectedCloseDate) === month,
    );
    const totals = sumByCurrency(expected.map((d) => ({ currency: d.currency, amount: d.value })));
    const weightedTotals = sumByCurrency(
      expected.map((d) => ({ currency: d.currency, amount: weightedValue(d.value, d.stage) })),
    );
    const wonTotals = sumByCurrency(
      won
        .filter((d) => d.closedAt && monthOf(d.closedAt) === month)
        .map((d) => ({ currency: d.currency, amount: d.value })),
    );
    return {
      month,
      ownerId: args.ownerId ?? null,
      dealCount: expected.length,
      totals,
      weightedTotals,
      wonTotals,
      totalValue: singleCurrencyAmount(totals),
      weightedValue: singleCurrencyAmount(weightedTotals),
      wonValue: singleCurrencyAmount(wonTotals),
      target: targets.get(month) ?? null,
    };
  });
}
