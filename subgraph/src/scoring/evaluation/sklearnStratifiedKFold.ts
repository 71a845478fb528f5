import { mersenneTwister } from './mersenneTwister';

/**
 * The test fold (0..k-1) of every row exactly as scikit-learn's
 * `StratifiedKFold(k, shuffle=True, random_state=seed)` assigns it (sklearn 1.x `_make_test_folds`):
 * classes numbered by first appearance, per-class fold sizes dealt round-robin over the sorted
 * labels, each class's fold list shuffled in turn by numpy's legacy MT19937. Lets the engine be
 * compared with Python peers on the very same folds.
 */
export function sklearnStratifiedKFold(
  labels: ArrayLike<number>,
  k: number,
  seed: number,
): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255)
    throw new Error(`folds must be an integer 2..255, got ${k}`);
  const n = labels.length;
  const classes: number[] = [];
  for (let i = 0; i < n; i++) if (!classes.includes(labels[i]!)) classes.push(labels[i]!);
  // numbered by first appearance: sklearn re-encodes np.unique's sorted classes that way
  const counts = classes.map((c) => {
    let m = 0;
    for (let i = 0; i < n; i++) if (labels[i] === c) m++;
    return m;
  });
  if (Math.min(...counts) < k) throw new Error(`every class needs at least ${k} rows`);
  // y_order = the class codes sorted; fold f gets positions f, f + k, f + 2k, ...
  const starts = counts.map((_, c) => counts.slice(0, c).reduce((s, x) => s + x, 0));
  const rng = mersenneTwister(seed);
  const out = new Uint8Array(n);
  classes.forEach((cls, c) => {
    const list: number[] = [];
    for (let f = 0; f < k; f++) {
      const lo = starts[c]!;
      const hi = lo + counts[c]!;
      // positions p in [lo, hi) with p ≡ f (mod k)
      const first = lo + ((((f - lo) % k) + k) % k);
      const size = first < hi ? Math.floor((hi - 1 - first) / k) + 1 : 0;
      for (let s = 0; s < size; s++) list.push(f);
    }
    for (let i = list.length - 1; i > 0; i--) {
      const j = rng.interval(i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    let at = 0;
    for (let i = 0; i < n; i++) if (labels[i] === cls) out[i] = list[at++]!;
  });
  return out;
}
