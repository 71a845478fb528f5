import { createRng } from '../../subgraph/src/scoring/training/createRng';
import type { Dataset, FeatureSpec, RawValue } from '../../subgraph/src/scoring/model/types';

const REGIONS = ['north', 'south', 'east', 'west', 'central'];
const REGION_EFFECT = [0.4, -0.3, 0.1, -0.5, 0.2];
const PLANS = ['free', 'starter', 'pro', 'enterprise'];
const PLAN_EFFECT = [-0.6, 0, 0.4, 0.8];

/**
 * Synthetic binary outcomes with known probabilities: a bump (age), a log (income), a
 * threshold (tenure), informative missing values (engagement, plan), counts, categories, a
 * sine, a genuine pair interaction (xa × xb) and pure-noise features. Seeded.
 */
export function generateSynthetic(
  n: number,
  seed: number,
  extraNoise = 0,
): { dataset: Dataset; probabilities: Float64Array } {
  const rng = createRng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const poisson = (lambda: number) => {
    let k = 0;
    for (let p = rng(); p > Math.exp(-lambda); p *= rng()) k++;
    return k;
  };
  const pickIndex = (k: number) => Math.floor(rng() * k);
  const features: FeatureSpec[] = [
    ['age', 'numeric'],
    ['income', 'numeric'],
    ['tenure', 'numeric'],
    ['engagement', 'numeric'],
    ['visits', 'numeric'],
    ['region', 'categorical'],
    ['plan', 'categorical'],
    ['xa', 'numeric'],
    ['xb', 'numeric'],
    ['wave', 'numeric'],
    ['ratio', 'numeric'],
    ['noise1', 'numeric'],
    ['noise2', 'numeric'],
    ['noise3', 'numeric'],
    ['noise4', 'numeric'],
    ['noiseCat', 'categorical'],
    ...Array.from({ length: extraNoise }, (_, k) => [`extra${k + 1}`, 'numeric']),
  ].map(([name, kind]) => ({ name: name!, label: name!, kind: kind as FeatureSpec['kind'] }));
  const rows: RawValue[][] = [];
  const labels = new Uint8Array(n);
  const probabilities = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const age = Math.round(Math.min(80, Math.max(18, 42 + 12 * normal())));
    const income = Math.round(Math.exp(10.8 + 0.6 * normal()));
    const tenure = pickIndex(73);
    const engagement = rng() < 0.2 ? null : Math.round(rng() * 1000) / 10;
    const visits = poisson(3);
    const region = pickIndex(REGIONS.length);
    const plan = rng() < 0.05 ? -1 : pickIndex(PLANS.length);
    const xa = rng() * 2 - 1;
    const xb = rng() * 2 - 1;
    const wave = rng() * 2 * Math.PI;
    const ratio = rng() * 1.5;
    let z = -1.3;
    z += 0.9 * Math.exp(-(((age - 35) / 7) ** 2));
    z += 0.5 * Math.log(income / 50000);
    z += tenure >= 24 ? -0.9 : 0;
    z += engagement === null ? 0.6 : 0.015 * (engagement - 50);
    z += 0.3 * Math.min(visits, 6);
    z += REGION_EFFECT[region]!;
    z += plan < 0 ? -0.2 : PLAN_EFFECT[plan]!;
    z += 1.5 * xa * xb + 0.3 * xa;
    z += 0.6 * Math.sin(wave);
    z += 0.8 * ratio * ratio - 0.6;
    const p = 1 / (1 + Math.exp(-z));
    probabilities[i] = p;
    labels[i] = rng() < p ? 1 : 0;
    const noise: RawValue[] = [normal(), rng() * 100, poisson(5), rng() < 0.1 ? null : normal()];
    const extra = Array.from({ length: extraNoise }, () => rng());
    rows.push([
      age,
      income,
      tenure,
      engagement,
      visits,
      REGIONS[region]!,
      plan < 0 ? null : PLANS[plan]!,
      xa,
      xb,
      wave,
      ratio,
      ...noise,
      `c${pickIndex(8)}`,
      ...extra,
    ]);
  }
  return { dataset: { features, rows, labels }, probabilities };
}
