import type { Context } from '../../types/context';
import type { ScoringRun } from '../../db/generated/client';
import type { QueryScoringRunArgs } from '../../__generated__/resolvers-types';

/** A rescoring or retraining run of the tenant, to follow its progress; null when unknown. */
export function findScoringRun(
  { prisma, tenantId }: Context,
  { id }: QueryScoringRunArgs,
): Promise<ScoringRun | null> {
  return prisma.scoringRun.findFirst({ where: { id, tenantId } });
}
