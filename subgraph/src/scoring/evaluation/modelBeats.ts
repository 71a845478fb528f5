import type { Metrics } from '../model/types';

export type BeatsRule = {
  /** The new model's AUC must exceed the active one's by at least this. */
  minAucGain: number;
  /** The new model's log loss may be worse than the active one's by at most this. */
  logLossTolerance: number;
};

export const defaultBeatsRule: BeatsRule = { minAucGain: 0, logLossTolerance: 0.005 };

/**
 * Whether a newly trained model should replace the active one, given both models' metrics on
 * the SAME time-ordered holdout: higher AUC (ranking is what the UI shows) and log loss not
 * worse beyond a tolerance (so a better ranking bought with broken probabilities is refused).
 * See docs/decisions/003-cold-start-threshold.md.
 */
export function modelBeats(
  candidate: Pick<Metrics, 'auc' | 'logLoss'>,
  active: Pick<Metrics, 'auc' | 'logLoss'>,
  rule: BeatsRule = defaultBeatsRule,
): { beats: boolean; reason: string } {
  const f = (x: number) => x.toFixed(4);
  if (!Number.isFinite(candidate.auc) || !Number.isFinite(candidate.logLoss)) {
    return { beats: false, reason: 'the new model has no valid holdout metrics' };
  }
  if (!Number.isFinite(active.auc) || !Number.isFinite(active.logLoss)) {
    return { beats: true, reason: 'the active model has no valid holdout metrics' };
  }
  if (!(candidate.auc > active.auc + rule.minAucGain)) {
    return { beats: false, reason: `AUC ${f(candidate.auc)} does not beat ${f(active.auc)}` };
  }
  if (candidate.logLoss > active.logLoss + rule.logLossTolerance) {
    return {
      beats: false,
      reason: `log loss ${f(candidate.logLoss)} is worse than ${f(active.logLoss)}`,
    };
  }
  return {
    beats: true,
    reason: `AUC ${f(candidate.auc)} > ${f(active.auc)}, log loss ${f(candidate.logLoss)} vs ${f(active.logLoss)}`,
  };
}
