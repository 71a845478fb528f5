/** Positive rate among the top 10% by score (ceil), divided by the overall positive rate. */
export function topDecileLift(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += labels[i] === 1 ? 1 : 0;
  if (n === 0 || total === 0) return NaN;
  const top = Math.ceil(n / 10);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => scores[b]! - scores[a]! || a - b,
  );
  let hits = 0;
  for (let k = 0; k < top; k++) hits += labels[order[k]!] === 1 ? 1 : 0;
  return hits / top / (total / n);
}
