const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string | null, compact: boolean) {
  const key = `${currency}:${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      ...(currency && { style: 'currency', currency }),
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 0,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a Decimal string for display in its currency; amounts stay strings everywhere else.
 * There is no default currency: a `null` currency (an amount the API gives without one) is shown
 * as a plain number rather than as dollars.
 */
export function formatMoney(
  value: string | number | null | undefined,
  currency: string | null,
  compact = false,
): string {
  if (value == null || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return formatter(currency, compact).format(n);
}
