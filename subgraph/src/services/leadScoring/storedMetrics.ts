import type { evaluate } from '../../scoring/evaluation/evaluate';

export type StoredMetrics = {
  auc: number;
  prAuc: number;
  logLoss: number;
  ece: number;
  lift10: number;
  holdoutRows: number;
  holdoutPositives: number;
  calibration: { predicted: number; observed: number; count: number }[];
  evaluatedAt: string;
  /** The model that was active when this one was evaluated, on the same holdout. */
  comparedWith?: { version: number; kind: string; auc: number; logLoss: number } | null;
};

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
