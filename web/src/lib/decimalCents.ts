/**
 * Exact decimal arithmetic on GraphQL `Decimal` strings with BigInt, in units of 10^-`scale`.
 * The SPA only adds, scales and compares money, so a few lines of BigInt replace decimal.js
 * (13 KiB gzip that every first load of the board paid for).
 */
export function parseDecimal(text: string, scale: number): bigint {
  const match = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match || (match[2] === '' && !match[3])) throw new RangeError(`Not a decimal: "${text}"`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const shift = scale + Number(exponent) - fraction.length;
  const digits = BigInt(`${whole}${fraction}` || '0');
  const units =
    shift >= 0 ? digits * 10n ** BigInt(shift) : roundDivide(digits, 10n ** BigInt(-shift));
  return sign === '-' ? -units : units;
}

/** `numerator / denominator` (denominator > 0) rounded half away from zero. */
export function roundDivide(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return numerator < 0n ? -rounded : rounded;
}

/** Units of 10^-`scale` as a decimal string with exactly `scale` decimals ("-0.05"). */
export function formatDecimal(units: bigint, scale: number): string {
  const magnitude = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - scale);
  const fraction = magnitude.slice(magnitude.length - scale);
  return `${units < 0n ? '-' : ''}${whole}${scale ? `.${fraction}` : ''}`;
}
