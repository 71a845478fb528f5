import type { Prisma, PipelineStage } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import { userError } from '../common/errors';
import { Decimal } from '../common/money';
import { rottingThreshold } from './rotting';

type RottingStage = Pick<PipelineStage, 'id' | 'rottingDays'>;

const DAY_MS = 86_400_000;

/** The moment from which a deal closed counts as closed within the last `days` days. */
export function closedSince(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

function parseMoney(value: string, field: string): Decimal {
  if (!/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(value))
    throw userError(`${field} must be a decimal number, got "${value}"`, field);
  return new Decimal(value.trim());
}

/**
 * The Prisma `where` for a deal filter but its search, scoped to the tenant. `rottingStages` (the
 * tenant's open stages with rotting days) is needed only for `rottingOnly`, since rotting compares
 * a column with a per-stage interval.
 */
export function dealWhere(
  tenantId: string,
  filter: DealFilter | null | undefined,
  rottingStages: RottingStage[] = [],
  now = new Date(),
): Prisma.DealWhereInput {
  const where: Prisma.DealWhereInput = { tenantId };
  if (!filter) return where;
  const and: Prisma.DealWhereInput[] = [];
  if (filter.pipelineId) where.pipelineId = filter.pipelineId;
  if (filter.stageId) where.stageId = filter.stageId;
  if (filter.ownerId) where.ownerId = filter.ownerId;
  if (filter.customerId) where.customerId = filter.customerId;
  if (filter.status) where.stage = { kind: filter.status };
  if (filter.minValue != null || filter.maxValue != null) {
    where.value = {
      ...(filter.minValue != null ? { gte: parseMoney(filter.minValue, 'minValue') } : {}),
      ...(filter.maxValue != null ? { lte: parseMoney(filter.maxValue, 'maxValue') } : {}),
    };
  }
  // `search` has no Prisma form here: it ignores accents through the database's `search_text`
  // (ADR 071), which Prisma cannot call; the reads that take a filter with a search (the deal
  // list, the board, the export) use `dealWhereSql`, which calls this one to validate.
  // Open deals have no close date (a deal closes by being closed, ADR 064), so they all stay.
  if (filter.closedWithinDays != null) {
    and.push({
      OR: [{ closedAt: null }, { closedAt: { gte: closedSince(filter.closedWithinDays, now) } }],
    });
  }
  if (filter.rottingOnly) {
    and.push({
      OR: rottingStages
        .filter((stage) => stage.rottingDays != null)
        .map((stage) => ({
          stageId: stage.id,
          stageEnteredAt: { lt: rottingThreshold(stage.rottingDays ?? 0, now) },
        })),
    });
  }
  if (and.length) where.AND = and;
  return where;
}
