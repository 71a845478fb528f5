/**
 * PR AUC as average precision (as scikit-learn): Σ (R_k − R_{k−1}) · P_k over the distinct
 * score thresholds, highest first; tied scores enter together.
 */
export function averagePrecision(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let total = 0;
  for (let i = 0; i < n; i++) total += labels[i] === 1 ? 1 : 0;
  if (total === 0) return NaN;
  let tp = 0;
  let seen = 0;
  let ap = 0;
  for (let start = 0; start < n;) {
    let end = start;
    let gained = 0;
    while (end < n && scores[order[end]!] === scores[order[start]!]) {
      if (labels[order[end]!] === 1) gained++;
      end++;
    }
    tp += gained;
    seen = end;
    ap += (gained / total) * (tp / seen);
    start = end;
  }
  return ap;
}
