import type { Prisma } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { dealWhereSql } from './dealWhereSql';

/** The SQL condition for a request's deal filter; loads the rotting stages only when asked. */
export async function dealWhereSqlFor(
  { tenantId, loaders }: Context,
  filter: DealFilter | null | undefined,
): Promise<Prisma.Sql> {
  return dealWhereSql(tenantId, filter, filter?.rottingOnly ? await loaders.rottingStages() : []);
}
