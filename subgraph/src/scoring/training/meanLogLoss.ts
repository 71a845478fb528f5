/** Mean log loss of logits (not probabilities), computed stably. */
export function meanLogLoss(logits: ArrayLike<number>, labels: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const f = logits[i]!;
    sum += Math.max(f, 0) + Math.log1p(Math.exp(-Math.abs(f))) - labels[i]! * f;
  }
  return logits.length ? sum / logits.length : 0;
}
