import { sigmoid } from '../model/sigmoid';

/**
 * Platt scaling: the a, c minimising the log loss of sigmoid(a + c * logit), by Newton's
 * method (with a small ridge for stability).
 */
export function fitPlatt(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
): { a: number; c: number } {
  let a = 0;
  let c = 1;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gc = 0;
    let haa = 1e-9;
    let hac = 0;
    let hcc = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i]!;
      const p = sigmoid(a + c * z);
      const r = p - labels[i]!;
      const w = p * (1 - p);
      ga += r;
      gc += r * z;
      haa += w;
      hac += w * z;
      hcc += w * z * z;
    }
    const det = haa * hcc - hac * hac;
    if (!(det > 0)) break;
    const da = (hcc * ga - hac * gc) / det;
    const dc = (haa * gc - hac * ga) / det;
    a -= da;
    c -= dc;
    if (Math.abs(da) < 1e-10 && Math.abs(dc) < 1e-10) break;
  }
  return { a, c };
}
