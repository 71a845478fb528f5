/**
 * MT19937 seeded as numpy's legacy `RandomState(seed)` (init_genrand), with the bounded integer
 * draw numpy uses in `shuffle` (masked rejection sampling). Only for reproducing folds made by
 * scikit-learn; the engine's own randomness comes from `createRng`.
 */
export function mersenneTwister(seed: number): {
  uint32: () => number;
  interval: (max: number) => number;
} {
  const mt = new Uint32Array(624);
  mt[0] = seed >>> 0;
  for (let i = 1; i < 624; i++) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  let pos = 624;
  const twist = () => {
    for (let i = 0; i < 624; i++) {
      const y = (mt[i]! & 0x80000000) | (mt[(i + 1) % 624]! & 0x7fffffff);
      mt[i] = mt[(i + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    pos = 0;
  };
  const uint32 = () => {
    if (pos >= 624) twist();
    let y = mt[pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  /** A uniform integer in [0, max] (max < 2^32), as numpy's `random_interval`. */
  const interval = (max: number) => {
    if (max === 0) return 0;
    let mask = max;
    for (let s = 1; s <= 16; s *= 2) mask |= mask >>> s;
    mask >>>= 0;
    let value: number;
    do value = (uint32() & mask) >>> 0;
    while (value > max);
    return value;
  };
  return { uint32, interval };
}
