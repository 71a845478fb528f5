import type { PrismaClient } from '../../db/generated/client';
import type { Dataset } from '../../scoring/model/types';
import { dealFeatureExtractor } from './dealFeatures';
import { dealFeaturesAsOf, type DealFeatures } from './dealFeaturesAsOf';

export type DealTrainingRow = DealFeatures & { pipelineId: string; won: boolean; closedAt: Date };

/** The dataset (oldest close first, ready for `timeOrderedHoldout`) and the rows behind it. */
export type DealTrainingData = { dataset: Dataset; rows: DealTrainingRow[] };

/**
 * The tenant's closed deals as training rows, each with its features as of its close (the moment
 * the deal was decided), built by the same `dealFeaturesAsOf` that scores open deals as of now.
 */
export async function loadDealTrainingData(
  prisma: PrismaClient,
  tenantId: string,
  { closedBefore }: { closedBefore?: Date } = {},
): Promise<DealTrainingData> {
  const closed = await prisma.deal.findMany({
    where: {
      tenantId,
      closedAt: closedBefore ? { not: null, lt: closedBefore } : { not: null },
      stage: { kind: { in: ['WON', 'LOST'] } },
    },
    select: { id: true, pipelineId: true, closedAt: true, stage: { select: { kind: true } } },
    orderBy: [{ closedAt: 'asc' }, { id: 'asc' }],
  });
  const features = await dealFeaturesAsOf(
    prisma,
    tenantId,
    closed.map((d) => ({ dealId: d.id, at: d.closedAt! })),
  );
  const rows = features.map((f, i) => ({
    ...f,
    pipelineId: closed[i]!.pipelineId,
    won: closed[i]!.stage.kind === 'WON',
    closedAt: closed[i]!.closedAt!,
  }));
  return {
    rows,
    dataset: {
      features: dealFeatureExtractor.features,
      rows: rows.map((r) => dealFeatureExtractor.extract(r.input)),
      labels: Uint8Array.from(rows, (r) => (r.won ? 1 : 0)),
    },
  };
}
