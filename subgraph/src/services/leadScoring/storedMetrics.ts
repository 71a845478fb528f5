import { z } from 'zod';
import type { ModelMetrics } from '../../__generated__/resolvers-types';
import type { ScoringModel } from '../../db/generated/client';
import type { evaluate } from '../../scoring/evaluation/evaluate';
import { internalError } from '../common/errors';

const interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });

/** ScoringModel.metrics as stored (JSON) and served (ModelMetrics); checked on the way out. */
const storedMetricsSchema = z.object({
  auc: z.number(),
  prAuc: z.number(),
  logLoss: z.number(),
  ece: z.number(),
  lift10: z.number(),
  holdoutRows: z.number().int(),
  holdoutPositives: z.number().int(),
  calibration: z.array(
    z.object({ predicted: z.number(), observed: z.number(), count: z.number().int() }),
  ),
  evaluatedAt: z.string(),
  /** Training rows with a customer, and of them those with signals as of the decision (ADR 034). */
  trainingRowsWithCustomer: z.number().int().optional(),
  trainingRowsWithSignalsAtDecision: z.number().int().optional(),
  /** Training and holdout rows from imported history (`importLeadHistory`). */
  importedTrainingRows: z.number().int().optional(),
  importedHoldoutRows: z.number().int().optional(),
  /** Leads decided within the outcome horizon, left out of training and holdout (ADR 069). */
  recentLeftOut: z
    .object({
      days: z.number().int(),
      rows: z.number().int(),
      pendingConversions: z.number().int(),
      importedKept: z.number().int().optional(),
    })
    .optional(),
  /** The model that was active when this one was evaluated, on the same holdout. */
  comparedWith: z
    .object({
      version: z.number().int(),
      kind: z.string(),
      auc: z.number(),
      logLoss: z.number(),
      /** Paired bootstrap of the differences (ADR 032); absent on models compared before it. */
      aucDifference: interval.optional(),
      logLossDifference: interval.optional(),
      resamples: z.number().int().optional(),
      intervalLevel: z.number().optional(),
    })
    .nullable()
    .optional(),
});

export type StoredMetrics = z.infer<typeof storedMetricsSchema>;

/** Holdout metrics in the shape stored in ScoringModel.metrics and served as ModelMetrics. */
export function storedMetrics(
  result: ReturnType<typeof evaluate>,
  evaluatedAt: Date,
): StoredMetrics {
  return {
    auc: result.auc,
    prAuc: result.prAuc,
    logLoss: result.logLoss,
    ece: result.ece,
    lift10: result.lift10,
    holdoutRows: result.n,
    holdoutPositives: result.positives,
    calibration: result.calibration.map((p) => ({
      predicted: p.meanPredicted,
      observed: p.fractionPositive,
      count: p.count,
    })),
    evaluatedAt: evaluatedAt.toISOString(),
  };
}

/** A model's stored metrics, checked against their schema; null for a model never evaluated. */
export function servedMetrics(
  model: Pick<ScoringModel, 'version' | 'metrics'>,
): ModelMetrics | null {
  if (model.metrics === null) return null;
  const parsed = storedMetricsSchema.safeParse(model.metrics);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw internalError(
      `Stored metrics of model v${model.version} are malformed at ${issue?.path.join('.') || 'the root'}: ${issue?.message}`,
    );
  }
  return { ...parsed.data, comparedWith: parsed.data.comparedWith ?? null };
}
