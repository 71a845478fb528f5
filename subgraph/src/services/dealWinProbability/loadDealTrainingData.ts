import type { PrismaClient } from '../../db/generated/client';
import type { Dataset } from '../../scoring/model/types';
import { dealFeatureExtractor } from './dealFeatures';
import { dealFeaturesAsOf, type DealMoment } from './dealFeaturesAsOf';
import type { DealFeatures } from './dealFeaturesAsOf';
import { loadStageEvents, stageTimeline } from './stageTimeline';

export type DealTrainingRow = DealFeatures & {
  pipelineId: string;
  won: boolean;
  closedAt: Date;
  at: Date;
  /**
   * The one row of its deal that trains and evaluates (one stay drawn by its id): one row per deal
   * keeps the won share of the rows that of the deals, and holdout rows independent. The other
   * stays give the stage-rate baseline the furthest stage each deal reached.
   */
  picked: boolean;
};

/** The dataset (oldest close first) and the rows behind it. */
export type DealTrainingData = { dataset: Dataset; rows: DealTrainingRow[] };

/** A fixed number in [0, 1) from a string: the same deal always gets the same moments. */
function unitHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * The tenant's closed deals as training rows, labelled with how each ended. A deal gives a row
 * per open stage it was in before it was decided, at a moment drawn within that stay (fixed by the
 * deal's id; one of them `picked` to train), with its features as of that moment from the same `dealFeaturesAsOf` that scores
 * open deals as of now: the rows look like the open deals the model scores (any stage, any point
 * of a stay), and nothing from after the moment, let alone the close, is in them. A deal with no
 * recorded stage history gives one row at a moment within its life.
 */
export async function loadDealTrainingData(
  prisma: PrismaClient,
  tenantId: string,
  { closedBefore }: { closedBefore?: Date } = {},
): Promise<DealTrainingData> {
  const [closed, stages, events] = await Promise.all([
    prisma.deal.findMany({
      where: {
        tenantId,
        closedAt: closedBefore ? { not: null, lt: closedBefore } : { not: null },
        stage: { kind: { in: ['WON', 'LOST'] } },
      },
      select: {
        id: true,
        pipelineId: true,
        createdAt: true,
        closedAt: true,
        stage: { select: { kind: true } },
      },
      orderBy: [{ closedAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.pipelineStage.findMany({
      where: { tenantId },
      select: { id: true, kind: true, order: true },
    }),
    loadStageEvents(prisma, tenantId),
  ]);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const timeline = stageTimeline(events, (id) => stageById.get(id));
  const moments: (DealMoment & { deal: (typeof closed)[number]; pick: boolean })[] = [];
  for (const deal of closed) {
    const until = deal.closedAt!.getTime();
    const stays = timeline.staysOf(deal.id, until);
    const spans = stays.length ? stays : [{ from: deal.createdAt.getTime(), to: until }];
    const pick = Math.floor(unitHash(`${deal.id}:pick`) * spans.length);
    spans.forEach(({ from, to }, i) => {
      const at = new Date(Math.floor(from + unitHash(`${deal.id}:${i}`) * Math.max(0, to - from)));
      moments.push({ dealId: deal.id, at, deal, pick: i === pick });
    });
  }
  const features = await dealFeaturesAsOf(prisma, tenantId, moments);
  const rows: DealTrainingRow[] = features.map((f, i) => ({
    ...f,
    pipelineId: moments[i]!.deal.pipelineId,
    won: moments[i]!.deal.stage.kind === 'WON',
    closedAt: moments[i]!.deal.closedAt!,
    at: moments[i]!.at,
    picked: moments[i]!.pick,
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
