import type { Prisma } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { dealWhere } from './dealWhere';

/** The Prisma `where` for a request's deal filter; loads the rotting stages only when asked. */
export async function dealWhereFor(
  { tenantId, loaders }: Context,
  filter: DealFilter | null | undefined,
): Promise<Prisma.DealWhereInput> {
  return dealWhere(tenantId, filter, filter?.rottingOnly ? await loaders.rottingStages() : []);
}
