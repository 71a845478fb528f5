import type { Prisma } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { dealWhereSql } from './dealWhereSql';

/**
 * The SQL condition for a request's deal filter; loads the rotting stages only when asked, and is
 * a promise only then. A bad filter throws (BAD_USER_INPUT) or, when the stages are loaded first,
 * rejects.
 */
export function dealWhereSqlFor(
  { tenantId, loaders }: Context,
  filter: DealFilter | null | undefined,
): Prisma.Sql | Promise<Prisma.Sql> {
  return filter?.rottingOnly
    ? loaders.rottingStages().then((stages) => dealWhereSql(tenantId, filter, stages))
    : dealWhereSql(tenantId, filter, []);
}
