import type { PairedComparison } from './pairedBootstrap';

export type BeatsRule = {
  /** The new model's log loss may be worse than the active one's by at most this (estimate). */
  logLossTolerance: number;
};

export const defaultBeatsRule: BeatsRule = { logLossTolerance: 0.005 };

const f = (x: number) => x.toFixed(4);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;
const range = (i: { low: number; high: number }) => `[${signed(i.low)}, ${signed(i.high)}]`;

/**
 * Whether a newly trained model should replace the active one, from a paired bootstrap of both
 * models on the SAME time-ordered holdout (ADR 032). It replaces it on a real improvement only:
 *
 * - its ranking is better beyond the bootstrap's noise (the whole interval of the AUC difference
 *   above 0) and its probabilities are not worse beyond a tolerance, or
 * - it ranks at least as well and its probabilities are better beyond the noise (the whole
 *   interval of the log-loss difference below 0).
 *
 * A difference the holdout cannot tell from chance keeps the active model.
 */
export function modelBeats(
  comparison: PairedComparison,
  rule: BeatsRule = defaultBeatsRule,
): { beats: boolean; reason: string } {
  const { aucDifference: auc, logLossDifference: loss } = comparison;
  if (![auc.estimate, auc.low, auc.high, loss.estimate].every(Number.isFinite)) {
    return { beats: false, reason: 'the models cannot be compared on this holdout' };
  }
  const level = `${Math.round(comparison.level * 100)} % interval`;
  const figures = `AUC ${signed(auc.estimate)} (${level} ${range(auc)}), log loss ${signed(loss.estimate)} (${range(loss)}); ${comparison.resamples} paired resamples`;
  if (auc.low > 0 && loss.estimate <= rule.logLossTolerance) {
    return { beats: true, reason: `better ranking beyond chance: ${figures}` };
  }
  if (auc.estimate >= 0 && loss.high < 0) {
    return { beats: true, reason: `better probabilities beyond chance: ${figures}` };
  }
  if (auc.low > 0) {
    return {
      beats: false,
      reason: `better ranking, but log loss worse by ${f(loss.estimate)} (tolerance ${f(rule.logLossTolerance)}): ${figures}`,
    };
  }
  return { beats: false, reason: `no improvement beyond chance: ${figures}` };
}
