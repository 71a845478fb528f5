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
   * Whether the row trains (or, for a held-out deal, evaluates): a deal's stay number j, j drawn
   * by its id from 0 to K − 1, K its pipeline's open stages. So every stay has the same chance,
   * 1/K, however its deal ended, and a deal gives at most one row (ADR 074). The other stays give
   * the stage-rate baseline the furthest stage each deal reached.
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
 * per stay in an open stage before it was decided, at a moment drawn within that stay (fixed by
 * the deal's id), with its features as of that moment from the same `dealFeaturesAsOf` that scores
 * open deals as of now: the rows look like the open deals the model scores (any stage, any point
 * of a stay), and nothing from after the moment, let alone the close, is in them. A deal with no
 * recorded stage history gives one row at a moment within its life, always picked.
 *
 * Which stays train (`picked`) is drawn with the same chance for every stay, so a stage's rows
 * are a fair sample of the closed deals that passed through it and their share won is the stage's
 * conversion rate. One stay drawn per deal (the first version) put a deal won after four stages in
 * Qualification's rows a quarter of the time and one lost there every time (ADR 074). Training on
 * every stay instead ranks worse: the engine's bags split rows, not deals, so a deal's other stays
 * sit in the validation rows that stop its boosting.
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
      select: { id: true, pipelineId: true, kind: true, order: true },
    }),
    loadStageEvents(prisma, tenantId),
  ]);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const timeline = stageTimeline(events, (id) => stageById.get(id));
  const openStages = new Map<string, number>();
  for (const s of stages)
    if (s.kind === 'OPEN') openStages.set(s.pipelineId, (openStages.get(s.pipelineId) ?? 0) + 1);
  const paths = closed.map((deal) => {
    const until = deal.closedAt!.getTime();
    const stays = timeline.staysOf(deal.id, until);
    const spans = stays.length ? stays : [{ from: deal.createdAt.getTime(), to: until }];
    // A deal that came back to a stage can have more stays than the pipeline has stages.
    const slots = stays.length ? Math.max(openStages.get(deal.pipelineId) ?? 1, spans.length) : 1;
    return { deal, spans, slots, key: `${deal.pipelineId}:${deal.stage.kind}:${spans.length}` };
  });
  // Each stay's slot is dealt out in turn among deals alike in pipeline, outcome and number of
  // stays, in an order drawn by id: every stay still has the chance 1/K, and a stage's picked stays
  // hold its won and lost deals in the proportion all its stays do, not up to a draw's luck.
  const pickOf = new Map<string, number>();
  const alike = new Map<string, typeof paths>();
  for (const path of paths) {
    const group = alike.get(path.key);
    if (group) group.push(path);
    else alike.set(path.key, [path]);
  }
  for (const [key, group] of alike) {
    const order = group
      .map((path) => ({ path, h: unitHash(`${path.deal.id}:pick`) }))
      .sort((a, b) => a.h - b.h || (a.path.deal.id < b.path.deal.id ? -1 : 1));
    const offset = Math.floor(unitHash(`${key}:offset`) * 1e6);
    order.forEach(({ path }, rank) => pickOf.set(path.deal.id, (rank + offset) % path.slots));
  }
  const moments: (DealMoment & { deal: (typeof closed)[number]; pick: boolean })[] = [];
  for (const { deal, spans } of paths) {
    const pick = pickOf.get(deal.id);
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
