import type { Context } from '../../types/context';
import type { ScoringModel } from '../../db/generated/client';

/** The tenant's scoring models, newest first. */
export function listScoringModels({ prisma, tenantId }: Context): Promise<ScoringModel[]> {
  return prisma.scoringModel.findMany({ where: { tenantId }, orderBy: { version: 'desc' } });
}
