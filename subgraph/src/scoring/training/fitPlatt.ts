import { sigmoid } from '../model/sigmoid';

/** The largest Platt slope allowed: a calibration may sharpen the model, not run away. */
export const MAX_PLATT_SLOPE = 4;

/**
 * Platt scaling: the a, c minimising the log loss of sigmoid(a + c * logit) against Platt's
 * (1999) smoothed targets, (N+ + 1) / (N+ + 2) for a positive and 1 / (N- + 2) for a negative,
 * with the slope kept in [0, MAX_PLATT_SLOPE]; Newton's method with a backtracking line search.
 * The smoothed targets keep the optimum finite when the logits separate the classes perfectly
 * (plain maximum likelihood then sends the slope to infinity and every probability to exactly
 * 0 or 1); the bound is a second guard for a split that is nearly separable.
 */
export function fitPlatt(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
): { a: number; c: number } {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i] === 1 ? 1 : 0;
  const negatives = labels.length - positives;
  const target = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    target[i] = labels[i] === 1 ? (positives + 1) / (positives + 2) : 1 / (negatives + 2);
  }
  const loss = (a: number, c: number) => {
    let sum = 0;
    for (let i = 0; i < logits.length; i++) {
      const f = a + c * logits[i]!;
      sum += Math.max(f, 0) + Math.log1p(Math.exp(-Math.abs(f))) - target[i]! * f;
    }
    return sum;
  };
  let a = 0;
  let c = 1;
  let current = loss(a, c);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gc = 0;
    let haa = 1e-9;
    let hac = 0;
    let hcc = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i]!;
      const p = sigmoid(a + c * z);
      const r = p - target[i]!;
      const w = p * (1 - p);
      ga += r;
      gc += r * z;
      haa += w;
      hac += w * z;
      hcc += w * z * z;
    }
    const det = haa * hcc - hac * hac;
    if (!(det > 0)) break;
    let da = (hcc * ga - hac * gc) / det;
    let dc = (haa * gc - hac * ga) / det;
    if (c - dc > MAX_PLATT_SLOPE || c - dc < 0) {
      // the slope stops at its bound; the intercept takes the Newton step for that slope
      dc = c - Math.min(Math.max(c - dc, 0), MAX_PLATT_SLOPE);
      da = (ga - hac * dc) / haa;
    }
    let step = 1;
    let next = loss(a - da, c - dc);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, c - step * dc);
    }
    if (!(next <= current)) break;
    a -= step * da;
    c -= step * dc;
    const moved = Math.abs(step * da) + Math.abs(step * dc);
    current = next;
    if (moved < 1e-10) break;
  }
  return { a, c };
}
