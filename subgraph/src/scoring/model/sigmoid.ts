/** Probabilities never reach exactly 0 or 1: they are kept within [P_MIN, 1 − P_MIN]. */
export const P_MIN = 1e-15;

/**
 * The logistic function, clamped to [P_MIN, 1 − P_MIN]. Only the probability is clamped, never
 * the logit, so an explanation's baseline + contributions stays exactly the model's logit.
 */
export function sigmoid(logit: number): number {
  const p = logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
  return p < P_MIN ? P_MIN : p > 1 - P_MIN ? 1 - P_MIN : p;
}
