import { shuffle } from './shuffle';

/** Seeded stratified split: about `fraction` of each class goes to validation. */
export function stratifiedSplit(
  labels: ArrayLike<number>,
  fraction: number,
  rng: () => number,
): { train: Int32Array; validation: Int32Array } {
  const train: number[] = [];
  const validation: number[] = [];
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === cls) rows.push(i);
    shuffle(rows, rng);
    const cut = Math.round(rows.length * fraction);
    validation.push(...rows.slice(0, cut));
    train.push(...rows.slice(cut));
  }
  const sorted = (xs: number[]) => Int32Array.from(xs).sort();
  return { train: sorted(train), validation: sorted(validation) };
}
