import type { PrismaClient } from '../../db/generated/client';
import type { Decimal } from '../common/money';
import { formatMoney, ZERO } from '../common/money';
import { weightedValue } from '../pipelines/weightedValue';

/** Months a snapshot covers: the current one and the next five. */
export const SNAPSHOT_MONTHS = 6;

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

type Sums = { open: Decimal; weighted: Decimal; won: Decimal; count: number };

/**
 * Writes what the forecast of the current and next months says today, per pipeline and currency,
 * as the forecast computes it (open deals by expected close month, overdue ones in the current
 * month, weighted by today's stage rates; won so far this month). Once per tenant and day: a day
 * that already has its snapshot is left as it is, so running it every hour is harmless; a pipeline
 * with nothing expected gets a zero row in its currency, so "no snapshot" and "forecast 0" differ.
 */
export async function takeForecastSnapshot(
  prisma: PrismaClient,
  tenantId: string,
  now = new Date(),
): Promise<{ day: Date; written: number; alreadyTaken: boolean }> {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (await prisma.forecastSnapshot.findFirst({ where: { tenantId, day }, select: { day: true } }))
    return { day, written: 0, alreadyTaken: true };
  const currentMonth = monthOf(day);
  const monthStart = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + SNAPSHOT_MONTHS, 1));
  const [pipelines, open, won] = await Promise.all([
    prisma.pipeline.findMany({
      where: { tenantId, archivedAt: null },
      select: { id: true, currency: true },
    }),
    prisma.deal.findMany({
      where: { tenantId, stage: { kind: 'OPEN' }, expectedCloseDate: { lt: end } },
      select: {
        pipelineId: true,
        currency: true,
        value: true,
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
      where: { tenantId, stage: { kind: 'WON' }, closedAt: { gte: monthStart, lte: now } },
      select: { pipelineId: true, currency: true, value: true },
    }),
  ]);
  const sums = new Map<string, Sums>();
  const sumsOf = (pipelineId: string, month: string, currency: string) => {
    const key = `${pipelineId}|${month}|${currency}`;
    let entry = sums.get(key);
    if (!entry) sums.set(key, (entry = { open: ZERO, weighted: ZERO, won: ZERO, count: 0 }));
    return entry;
  };
  const months = Array.from({ length: SNAPSHOT_MONTHS }, (_, i) =>
    monthOf(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + i, 1))),
  );
  for (const pipeline of pipelines)
    for (const month of months) sumsOf(pipeline.id, month, pipeline.currency);
  const known = new Set(pipelines.map((p) => p.id));
  for (const deal of open) {
    if (!known.has(deal.pipelineId)) continue;
    const month = deal.expectedCloseDate! < day ? currentMonth : monthOf(deal.expectedCloseDate!);
    const entry = sumsOf(deal.pipelineId, month, deal.currency);
    entry.open = entry.open.plus(deal.value);
    entry.weighted = entry.weighted.plus(weightedValue(deal.value, deal.stage));
    entry.count += 1;
  }
  for (const deal of won) {
    if (!known.has(deal.pipelineId)) continue;
    const entry = sumsOf(deal.pipelineId, currentMonth, deal.currency);
    entry.won = entry.won.plus(deal.value);
  }
  const data = [...sums].map(([key, s]) => {
    const [pipelineId, month, currency] = key.split('|') as [string, string, string];
    return {
      tenantId,
      pipelineId,
      day,
      month,
      currency,
      openValue: formatMoney(s.open),
      weightedValue: formatMoney(s.weighted),
      wonValue: formatMoney(s.won),
      dealCount: s.count,
    };
  });
  // Two processes racing on the same day write the same rows once.
  const { count } = await prisma.forecastSnapshot.createMany({ data, skipDuplicates: true });
  return { day, written: count, alreadyTaken: false };
}
