import type { Context } from '../../types/context';
import type { ScoringModel } from '../../db/generated/client';

/** The model that scores the tenant's leads now; null before the first scoring. */
export function findActiveScoringModel({
  prisma,
  tenantId,
}: Context): Promise<ScoringModel | null> {
  return prisma.scoringModel.findFirst({
    where: { tenantId, active: true },
    orderBy: { version: 'desc' },
  });
}
