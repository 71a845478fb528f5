import type { Prisma, PrismaClient, ScoringModel } from '../../db/generated/client';
import { measure } from '../../scoring/evaluation/evaluate';
import { coldStartThreshold, hasEnoughOutcomes } from './hasEnoughOutcomes';
import { modelBeats } from '../../scoring/evaluation/modelBeats';
import { pairedBootstrap, type PairedComparison } from '../../scoring/evaluation/pairedBootstrap';
import { scoreRows } from '../../scoring/model/scoreRows';
import { timeOrderedHoldout } from '../../scoring/evaluation/timeOrderedHoldout';
import { trainModelInThreads } from '../../scoring/training/trainModelInThreads';
import { ensureActiveModel } from './ensureActiveModel';
import { loadTrainingData } from './loadTrainingData';
import { modelFromRow } from './modelFromRow';
import { storedMetrics, type StoredMetrics } from './storedMetrics';
import { lockModelVersions } from './withScoringLock';

export type RetrainOutcome = { model: ScoringModel; activated: boolean; reason: string };

export type RetrainOptions = { now?: Date; seed?: number };

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Trains a candidate on all but the latest 20 % of outcomes, evaluates it and the active model
 * on that time-ordered holdout, stores the candidate with its metrics and the paired comparison,
 * and activates it only on an improvement beyond chance (`modelBeats`, ADR 032). Below the
 * cold-start threshold nothing is trained.
 */
export async function retrainLeadModel(
  prisma: PrismaClient,
  tenantId: string,
  { now = new Date(), seed = 1 }: RetrainOptions = {},
): Promise<RetrainOutcome> {
  const active = await ensureActiveModel(prisma, tenantId);
  const { dataset, decidedAt, signalsAsOf, imported, recentLeftOut } = await loadTrainingData(
    prisma,
    tenantId,
    now,
  );
  if (!hasEnoughOutcomes(dataset.labels)) {
    const won = Array.from(dataset.labels).filter((y) => y === 1).length;
    const { minOutcomes, minPerClass } = coldStartThreshold;
    return {
      model: active,
      activated: false,
      reason: `not enough outcomes to train: ${dataset.rows.length} closed leads (${won} won, ${dataset.rows.length - won} lost); need ${minOutcomes} with at least ${minPerClass} of each`,
    };
  }

  const { train, holdout } = timeOrderedHoldout(dataset, 0.2);
  // Bags on worker threads when the data is large enough (ADR 040): the server keeps answering.
  const candidate = await trainModelInThreads(train, { seed });
  const trainingSignals = signalsAsOf.slice(0, train.rows.length);
  // Each model scores the holdout once: the same probabilities give its metrics and the paired
  // comparison.
  const candidateScores = scoreRows(candidate, holdout.rows);
  const candidateMetrics = {
    ...storedMetrics(measure(candidateScores, holdout.labels), now),
    trainingRowsWithCustomer: trainingSignals.filter((s) => s !== 'none').length,
    trainingRowsWithSignalsAtDecision: trainingSignals.filter((s) => s === 'decision').length,
    // Imported history may be the latest decisions (its outcomes are final, the horizon keeps it):
    // the card says how much of what it learned from and was tested on came from a file.
    importedTrainingRows: imported.slice(0, train.rows.length).filter(Boolean).length,
    importedHoldoutRows: imported.slice(train.rows.length).filter(Boolean).length,
    ...(recentLeftOut ? { recentLeftOut } : {}),
  };
  const activeModel = modelFromRow(active);
  // A model trained on an older feature set cannot score today's rows: it is replaced unevaluated.
  // Any other failure to evaluate it is a fault, not a reason to activate the candidate.
  const activeFeatures = activeModel.terms.map((term) => term.feature.name).join(', ');
  const currentFeatures = holdout.features.map((feature) => feature.name).join(', ');
  const activeScores =
    activeFeatures === currentFeatures ? scoreRows(activeModel, holdout.rows) : null;
  const activeMetrics: StoredMetrics | null = activeScores
    ? storedMetrics(measure(activeScores, holdout.labels), now)
    : null;
  // Both models on the same rows, resampled together: is the difference more than chance?
  const comparison: PairedComparison | null = activeScores
    ? pairedBootstrap(candidateScores, activeScores, holdout.labels, { seed })
    : null;
  const decision: { beats: boolean; reason: string } = comparison
    ? modelBeats(comparison)
    : {
        beats: true,
        reason: `the active model cannot be evaluated: it was trained on other features (${activeFeatures}) than today's (${currentFeatures})`,
      };
  const reason = `${decision.reason} (v${active.version}, ${active.kind.toLowerCase()}, on the same holdout of ${holdout.rows.length} outcomes)`;

  const model = await prisma.$transaction(async (tx) => {
    await lockModelVersions(tx, tenantId);
    const last = await tx.scoringModel.findFirst({
      where: { tenantId },
      orderBy: { version: 'desc' },
    });
    if (decision.beats)
      await tx.scoringModel.updateMany({
        where: { tenantId, active: true },
        data: { active: false },
      });
    if (active.kind === 'PRIOR' && activeMetrics) {
      // The prior is never trained; its card shows how it did on the latest holdout.
      await tx.scoringModel.update({
        where: { id: active.id },
        data: { metrics: json(activeMetrics) },
      });
    }
    return tx.scoringModel.create({
      data: {
        tenantId,
        version: (last?.version ?? 0) + 1,
        kind: 'LEARNED',
        params: json(candidate),
        metrics: json({
          ...candidateMetrics,
          comparedWith:
            activeMetrics && comparison
              ? {
                  version: active.version,
                  kind: active.kind,
                  auc: activeMetrics.auc,
                  logLoss: activeMetrics.logLoss,
                  aucDifference: comparison.aucDifference,
                  logLossDifference: comparison.logLossDifference,
                  resamples: comparison.resamples,
                  intervalLevel: comparison.level,
                }
              : null,
        }),
        trainingFrom: decidedAt[0] ?? null,
        trainingTo: decidedAt[train.rows.length - 1] ?? null,
        trainingRows: train.rows.length,
        active: decision.beats,
        trainedAt: now,
        notes: `${decision.beats ? 'Activated' : 'Not activated'}: ${reason}`,
      },
    });
  });
  return { model, activated: decision.beats, reason };
}
