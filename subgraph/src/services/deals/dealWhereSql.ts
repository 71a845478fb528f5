import { Prisma, type PipelineStage, type StageKind } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import { containsText } from '../common/containsText';
import { closedSince, dealWhere } from './dealWhere';
import { rottingThreshold } from './rotting';

type RottingStage = Pick<PipelineStage, 'id' | 'rottingDays'>;

/**
 * The SQL condition on `"Deal" d` for a deal filter, scoped to the tenant: the same filter as
 * `dealWhere` (which validates it first), for the reads that Prisma cannot express (a per-stage or
 * per-customer LIMIT in one statement). With `stageKind`, the condition is for the deals of one
 * stage of that kind: the status and the close window are answered from the kind where they can
 * be, so a Won or Lost column's figures are a range of its recent closes (ADR 081).
 */
export function dealWhereSql(
  tenantId: string,
  filter: DealFilter | null | undefined,
  rottingStages: RottingStage[] = [],
  now = new Date(),
  stageKind?: StageKind,
): Prisma.Sql {
  // One validation path: bad amounts are BAD_USER_INPUT here exactly as for the Prisma form.
  dealWhere(tenantId, filter, rottingStages, now);
  const conditions = [Prisma.sql`d."tenantId" = ${tenantId}`];
  if (filter?.pipelineId) conditions.push(Prisma.sql`d."pipelineId" = ${filter.pipelineId}`);
  if (filter?.stageId) conditions.push(Prisma.sql`d."stageId" = ${filter.stageId}`);
  if (filter?.ownerId) conditions.push(Prisma.sql`d."ownerId" = ${filter.ownerId}`);
  if (filter?.customerId) conditions.push(Prisma.sql`d."customerId" = ${filter.customerId}`);
  if (filter?.status && stageKind) {
    if (filter.status !== stageKind) conditions.push(Prisma.sql`FALSE`);
  } else if (filter?.status) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PipelineStage" fs WHERE fs.id = d."stageId" AND fs.kind::text = ${filter.status})`,
    );
  }
  if (filter?.minValue != null)
    conditions.push(Prisma.sql`d.value >= ${filter.minValue.trim()}::numeric`);
  if (filter?.maxValue != null)
    conditions.push(Prisma.sql`d.value <= ${filter.maxValue.trim()}::numeric`);
  if (filter?.closedWithinDays != null) {
    const since = closedSince(filter.closedWithinDays, now);
    // An open stage's deals have no close date (ADR 064): all of them stay. A closed stage's are
    // all closed: a range of the (stageId, closedAt) index, not a read of every deal ever closed.
    if (!stageKind) conditions.push(Prisma.sql`(d."closedAt" IS NULL OR d."closedAt" >= ${since})`);
    else if (stageKind !== 'OPEN') conditions.push(Prisma.sql`d."closedAt" >= ${since}`);
  }
  const search = filter?.search?.trim();
  if (search) conditions.push(containsText('d.title', search));
  if (filter?.rottingOnly) {
    const stages = rottingStages.filter((stage) => stage.rottingDays != null);
    conditions.push(
      stages.length
        ? Prisma.sql`(${Prisma.join(
            stages.map(
              (stage) =>
                Prisma.sql`(d."stageId" = ${stage.id} AND d."stageEnteredAt" < ${rottingThreshold(stage.rottingDays ?? 0, now)})`,
            ),
            ' OR ',
          )})`
        : Prisma.sql`FALSE`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}
