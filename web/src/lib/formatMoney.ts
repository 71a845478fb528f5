const formatters = new Map<string, Intl.NumberFormat>();

type Form = 'whole' | 'cents' | 'compact';

function formatter(currency: string | null, form: Form) {
  const key = `${currency}:${form}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      ...(currency && { style: 'currency', currency }),
      ...(form === 'compact'
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : {
            minimumFractionDigits: form === 'cents' ? 2 : 0,
            maximumFractionDigits: form === 'cents' ? 2 : 0,
          }),
    });
    formatters.set(key, f);
  }
  return f;
}

const hasCents = (value: string | number) =>
  typeof value === 'number'
    ? !Number.isInteger(Math.round(value * 100) / 100)
    : /\.\d*[1-9]/.test(value);

/**
 * Formats a Decimal string for display in its currency; amounts stay strings everywhere else.
 * An amount is exact: its cents when it has any ("$1,234.50"), none when it is whole ("$1,250").
 * `compact` abbreviates with a unit ("$1.3M", "$12.5K") for chart axes and headline figures, the
 * unit saying it is rounded; below a thousand there is no unit, so the amount is given exactly.
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
  if (compact && Math.abs(n) >= 1000) return formatter(currency, 'compact').format(n);
  // A Decimal string is formatted as the decimal it is (Intl reads strings exactly), so the
  // largest amounts (999,999,999,999.99) keep their last cent.
  const exact = typeof value === 'string' ? (value.trim() as `${number}`) : n;
  return formatter(currency, hasCents(value) ? 'cents' : 'whole').format(exact);
}
