import type { Prisma, PrismaClient, ScoringModel } from '../../db/generated/client';
import { isUniqueViolation } from '../common/isUniqueViolation';
import { buildPriorModel } from './priorModel';
import { leadFeatureSpecs } from './leadFeatures';
import { lockModelVersions } from './withScoringLock';

/** The tenant's active model; on a tenant's first use, the documented prior is stored and activated. */
export async function ensureActiveModel(
  prisma: PrismaClient,
  tenantId: string,
): Promise<ScoringModel> {
  const active = await prisma.scoringModel.findFirst({
    where: { tenantId, active: true },
    orderBy: { version: 'desc' },
  });
  if (active) return active;
  try {
    return await prisma.$transaction(async (tx) => {
      await lockModelVersions(tx, tenantId);
      // Looked up again in the transaction: a request that ran first may have stored it already.
      const current = await tx.scoringModel.findFirst({
        where: { tenantId, active: true },
        orderBy: { version: 'desc' },
      });
      if (current) return current;
      const last = await tx.scoringModel.findFirst({
        where: { tenantId },
        orderBy: { version: 'desc' },
      });
      return tx.scoringModel.create({
        data: {
          tenantId,
          version: (last?.version ?? 0) + 1,
          kind: 'PRIOR',
          params: JSON.parse(
            JSON.stringify(buildPriorModel(leadFeatureSpecs)),
          ) as Prisma.InputJsonValue,
          active: true,
          notes: 'Cold-start prior with documented weights (subgraph/src/scoring/priorModel.ts)',
        },
      });
    });
  } catch (error) {
    // Another request created it at the same moment (unique tenantId + version): use theirs.
    if (!isUniqueViolation(error)) throw error;
    const created = await prisma.scoringModel.findFirst({
      where: { tenantId, active: true },
      orderBy: { version: 'desc' },
    });
    if (created) return created;
    throw error;
  }
}
