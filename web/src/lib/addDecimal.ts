import { formatDecimal, parseDecimal, roundDivide } from './decimalCents';

/**
 * `base + amount × factor` on GraphQL `Decimal` strings, exactly (in BigInt cents, as the
 * server's Prisma.Decimal would), with two decimals like the scalar: 0.1 + 0.2 and totals past
 * 2^53 cents come out right. The factor is taken as the decimal it prints as (0.35, not its binary
 * neighbour); the scaled amount is rounded to cents before it is added, half away from zero, so
 * adding it with factor f and then -f gives back `base` exactly (an undone move leaves no cent).
 */
export function addDecimal(base: string, amount: string, factor = 1): string {
  const factorText = String(factor);
  const factorScale = factorDecimals(factorText);
  const delta = roundDivide(
    parseDecimal(amount, 2) * parseDecimal(factorText, factorScale),
    10n ** BigInt(factorScale),
  );
  return formatDecimal(parseDecimal(base, 2) + delta, 2);
}

/** How many decimals a number's shortest printed form needs ("0.125" → 3, "1e-7" → 7). */
function factorDecimals(text: string): number {
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, decimals - Number(exponent));
}
