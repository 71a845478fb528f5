import { createRng } from '../training/createRng';
import { shuffle } from '../training/shuffle';

/** Fold number (0..k-1) per row, with each class spread evenly over the folds. Seeded. */
export function stratifiedKFold(labels: ArrayLike<number>, k: number, seed: number): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255)
    throw new Error(`folds must be an integer 2..255, got ${k}`);
  const rng = createRng(seed);
  const folds = new Uint8Array(labels.length);
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    shuffle(rows, rng).forEach((row, position) => (folds[row] = position % k));
  }
  return folds;
}
