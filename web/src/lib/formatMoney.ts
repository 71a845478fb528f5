const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean) {
  const key = `${currency}:${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 0,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Formats a Decimal string for display; amounts stay strings everywhere else. */
export function formatMoney(
  value: string | number | null | undefined,
  currency = 'USD',
  compact = false,
): string {
  if (value == null || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return formatter(currency, compact).format(n);
}
