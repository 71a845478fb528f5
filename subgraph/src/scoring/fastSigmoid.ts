const RANGE = 16;
const STEPS_PER_UNIT = 512;
const SIZE = 2 * RANGE * STEPS_PER_UNIT;
const TABLE = new Float64Array(SIZE + 1);
for (let k = 0; k <= SIZE; k++) TABLE[k] = 1 / (1 + Math.exp(-(k / STEPS_PER_UNIT - RANGE)));

/**
 * Sigmoid by linear interpolation in a table (absolute error < 1e-7), about three times faster
 * than Math.exp. Only used for training gradients; predictions use the exact `sigmoid`.
 */
export function fastSigmoid(x: number): number {
  const u = (x + RANGE) * STEPS_PER_UNIT;
  if (u <= 0) return TABLE[0]!;
  if (u >= SIZE) return TABLE[SIZE]!;
  const k = u | 0;
  const lo = TABLE[k]!;
  return lo + (TABLE[k + 1]! - lo) * (u - k);
}
