import type { Factor } from './explainRow';

/** "tenure=2 (+0.81); contract=Month-to-month (+0.64); ..." for the first `top` factors. */
export function formatTopFactors(factors: readonly Factor[], top = 3): string {
  return factors
    .slice(0, top)
    .map(
      (f) =>
        `${f.feature}=${f.value} (${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)})`,
    )
    .join('; ');
}
