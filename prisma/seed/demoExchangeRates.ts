import type { Prisma } from '../../subgraph/src/db/generated/client';

/** Roughly where these currencies stood against the dollar in 2026: the demo's starting points. */
const BASE: Record<string, number> = { EUR: 1.08, GBP: 1.27, JPY: 0.0067, CAD: 0.73 };

/**
 * The demo tenant's rates into its reporting currency (USD): one per currency on the first of each
 * month of the history, drifting a little from month to month, so that totals in other currencies
 * convert and the rate each names can be seen to change (ADR 038). Deterministic for a day.
 */
export function demoExchangeRates(
  tenantId: string,
  now: Date,
  months = 19,
): Prisma.ExchangeRateCreateManyInput[] {
  const rows: Prisma.ExchangeRateCreateManyInput[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    Object.entries(BASE).forEach(([currency, base], c) => {
      const drift = 1 + 0.03 * Math.sin((i + 3 * c) / 2.5);
      rows.push({
        tenantId,
        fromCurrency: currency,
        toCurrency: 'USD',
        date,
        rate: (base * drift).toFixed(currency === 'JPY' ? 8 : 6),
      });
    });
  }
  return rows;
}
