import type { DealWinModel, Prisma, PrismaClient } from '../../db/generated/client';
import { measure } from '../../scoring/evaluation/evaluate';
import { modelBeats } from '../../scoring/evaluation/modelBeats';
import { pairedBootstrap } from '../../scoring/evaluation/pairedBootstrap';
import { scoreRows } from '../../scoring/model/scoreRows';
import { trainModelInThreads } from '../../scoring/training/trainModelInThreads';
import { coldStartThreshold, hasEnoughOutcomes } from '../leadScoring/hasEnoughOutcomes';
import { storedMetrics } from '../leadScoring/storedMetrics';
import { lockModelVersions } from '../leadScoring/withScoringLock';
import { modelFromRow } from '../leadScoring/modelFromRow';
import { loadDealTrainingData } from './loadDealTrainingData';
import { stageRateBaseline } from './stageRateBaseline';

export type DealRetrainOutcome = {
  /** The stored candidate; null when there were too few closed deals to train one. */
  model: DealWinModel | null;
  activated: boolean;
  reason: string;
};

export type DealRetrainOptions = { now?: Date; seed?: number };

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Trains the deal model on the tenant's closed deals (rows at moments while each was open, see
 * `loadDealTrainingData`), holds out the latest 20 % of closed deals, and activates the candidate only if it beats, by the paired bootstrap of
 * ADR 032 on that holdout, the active deal model, or the stage rates learned from the training
 * deals when no model is active: the rate every deal has without a model. The model card keeps
 * the stage-rate baseline's AUC and log loss on the same holdout either way. Below the lead
 * model's cold-start threshold (ADR 003) nothing is trained and the stage rate stays in use.
 */
export async function retrainDealWinModel(
  prisma: PrismaClient,
  tenantId: string,
  { now = new Date(), seed = 1 }: DealRetrainOptions = {},
): Promise<DealRetrainOutcome> {
  const active = await prisma.dealWinModel.findFirst({ where: { tenantId, active: true } });
  const { dataset, rows } = await loadDealTrainingData(prisma, tenantId);
  // One label per deal: the threshold and the holdout count deals, not their stays.
  const decided = [...new Map(rows.map((r) => [r.dealId, r])).values()];
  if (!hasEnoughOutcomes(Uint8Array.from(decided, (r) => (r.won ? 1 : 0)))) {
    const won = decided.filter((r) => r.won).length;
    const { minOutcomes, minPerClass } = coldStartThreshold;
    return {
      model: null,
      activated: false,
      reason: `too few closed deals to train: ${decided.length} (${won} won, ${decided.length - won} lost); need ${minOutcomes} with at least ${minPerClass} of each`,
    };
  }
  // The latest 20 % of closed deals are held out, the earlier ones train: no deal is on both sides.
  // On each side the picked stays, at most one a deal, so holdout rows are independent for the
  // bootstrap, and each stay had the same chance whatever became of its deal (ADR 074).
  const held = new Set(
    decided
      .slice(decided.length - Math.max(1, Math.round(decided.length * 0.2)))
      .map((r) => r.dealId),
  );
  const trainAt = rows.flatMap((r, i) => (held.has(r.dealId) || !r.picked ? [] : [i]));
  const holdoutAt = rows.flatMap((r, i) => (held.has(r.dealId) && r.picked ? [i] : []));
  const subset = (at: number[]) => ({
    features: dataset.features,
    rows: at.map((i) => dataset.rows[i]!),
    labels: at.map((i) => dataset.labels[i]!),
  });
  const train = subset(trainAt);
  const holdout = subset(holdoutAt);
  const trainRows = trainAt.map((i) => rows[i]!);
  const holdoutRows = holdoutAt.map((i) => rows[i]!);
  // On worker threads from THREADED_WORK: a team's years of closes train for tens of seconds, which
  // on this thread would hold every request of the process (the model is the same bit for bit).
  const candidate = await trainModelInThreads(train, { seed });
  const candidateScores = scoreRows(candidate, holdout.rows);
  const baselineScores = await stageRateBaseline(
    prisma,
    tenantId,
    rows.filter((r) => !held.has(r.dealId)),
    holdoutRows,
  );
  const baseline = measure(baselineScores, holdout.labels);

  const activeModel = active ? modelFromRow(active) : null;
  const sameFeatures =
    activeModel?.terms.map((t) => t.feature.name).join() ===
    holdout.features.map((f) => f.name).join();
  const incumbent =
    active && activeModel && sameFeatures
      ? {
          version: active.version,
          kind: 'MODEL',
          scores: scoreRows(activeModel, holdout.rows),
          name: `the active model v${active.version}`,
        }
      : { version: 0, kind: 'STAGE_RATE', scores: baselineScores, name: 'the stage rates' };
  const incumbentMetrics = measure(incumbent.scores, holdout.labels);
  const comparison = pairedBootstrap(candidateScores, incumbent.scores, holdout.labels, { seed });
  const decision = modelBeats(comparison);
  const reason = `${decision.reason} (against ${incumbent.name}, on the same holdout: a stay of ${holdout.rows.length} of the latest ${held.size} closed deals)`;
  const trainingSignals = trainRows.map((r) => r.signalsAsOf);
  const trainingDeals = new Set(trainRows.map((r) => r.dealId)).size;

  const model = await prisma.$transaction(async (tx) => {
    await lockModelVersions(tx, `deal:${tenantId}`);
    const last = await tx.dealWinModel.findFirst({
      where: { tenantId },
      orderBy: { version: 'desc' },
    });
    if (decision.beats)
      await tx.dealWinModel.updateMany({
        where: { tenantId, active: true },
        data: { active: false },
      });
    return tx.dealWinModel.create({
      data: {
        tenantId,
        version: (last?.version ?? 0) + 1,
        params: json(candidate),
        metrics: json({
          ...storedMetrics(measure(candidateScores, holdout.labels), now),
          trainingRowsWithCustomer: trainingSignals.filter((s) => s !== 'none').length,
          trainingRowsWithSignalsAtDecision: trainingSignals.filter((s) => s === 'moment').length,
          trainingDeals,
          // What the card's rows were picked from: a deal without a picked stay (often one lost
          // early, in its first stage) has no row, so the counts of rows are not counts of closes.
          closedDealsBeforeHoldout: decided.length - held.size,
          heldOutDeals: held.size,
          stageRateBaseline: { auc: baseline.auc, logLoss: baseline.logLoss },
          comparedWith: {
            version: incumbent.version,
            kind: incumbent.kind,
            auc: incumbentMetrics.auc,
            logLoss: incumbentMetrics.logLoss,
            aucDifference: comparison.aucDifference,
            logLossDifference: comparison.logLossDifference,
            resamples: comparison.resamples,
            intervalLevel: comparison.level,
          },
        }),
        trainingFrom: trainRows[0]?.closedAt ?? null,
        trainingTo: trainRows.at(-1)?.closedAt ?? null,
        trainingRows: train.rows.length,
        active: decision.beats,
        trainedAt: now,
        notes: `${decision.beats ? 'Activated' : 'Not activated'}: ${reason}`,
      },
    });
  });
  return { model, activated: decision.beats, reason };
}
