import type { QueryUndatedOpenDealsArgs } from '../../__generated__/resolvers-types';
import { Prisma } from '../../db/generated/client';
import { readRaw } from '../../db/rawReads';
import type { Context } from '../../types/context';
import { assertPipelineOfTenant } from '../pipelines/assertPipelineOfTenant';
import { formatMoney, type MoneyTotal } from '../common/money';

/**
 * The open deals of a scope (pipeline, rep) without an expected close date, counted and summed per
 * currency: the forecast places a deal by that date, so these are in none of its months, and the
 * dashboard says how many and how much instead of leaving them out without a word.
 */
export async function undatedOpenDeals(
  context: Context,
  { pipelineId, ownerId }: QueryUndatedOpenDealsArgs,
): Promise<{ dealCount: number; totals: MoneyTotal[] }> {
  const { prisma, tenantId } = context;
  if (pipelineId) await assertPipelineOfTenant(context, pipelineId);
  const rows = await readRaw<{ currency: string; count: number; total: Prisma.Decimal }>(
    prisma,
    Prisma.sql`SELECT d.currency, count(*)::integer AS count, sum(d.value) AS total
      FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
      WHERE d."tenantId" = ${tenantId} AND s.kind = 'OPEN' AND d."expectedCloseDate" IS NULL
        ${pipelineId ? Prisma.sql`AND d."pipelineId" = ${pipelineId}` : Prisma.empty}
        ${ownerId ? Prisma.sql`AND d."ownerId" = ${ownerId}` : Prisma.empty}
      GROUP BY d.currency ORDER BY d.currency`,
  );
  return {
    dealCount: rows.reduce((sum, row) => sum + row.count, 0),
    totals: rows.map((row) => ({
      currency: row.currency,
      amount: formatMoney(new Prisma.Decimal(row.total)),
    })),
  };
}
