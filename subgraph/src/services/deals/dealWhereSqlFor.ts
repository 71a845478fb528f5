import type { Prisma, StageKind } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { dealWhereSql } from './dealWhereSql';

/**
 * The SQL condition for a request's deal filter (for the deals of one stage when `stageKind` is
 * given: see `dealWhereSql`); loads the rotting stages only when asked, and is a promise only
 * then. A bad filter throws (BAD_USER_INPUT) or, when the stages are loaded first, rejects.
 */
export function dealWhereSqlFor(
  { tenantId, loaders }: Context,
  filter: DealFilter | null | undefined,
  stageKind?: StageKind,
): Prisma.Sql | Promise<Prisma.Sql> {
  return filter?.rottingOnly
    ? loaders
        .rottingStages()
        .then((stages) => dealWhereSql(tenantId, filter, stages, new Date(), stageKind))
    : dealWhereSql(tenantId, filter, [], new Date(), stageKind);
}
