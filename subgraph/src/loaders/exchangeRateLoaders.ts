import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/generated/client';
import { readRaw } from '../db/rawReads';

export type RateKey = { from: string; to: string; asOf: string };
export type DatedRate = { rate: string; date: Date };

const keyText = (key: RateKey) => `${key.from}>${key.to}@${key.asOf}`;

/**
 * The tenant's reporting currency (read once per request) and the rate of a pair on a day: the
 * latest one dated on or before it (ADR 038). All pairs and days a request asks for are read in one
 * statement, each an index range of ExchangeRate's (tenant, from, to, date) key.
 */
export function exchangeRateLoaders(prisma: PrismaClient, tenantId: string) {
  let reporting: Promise<string | null> | undefined;
  return {
    reportingCurrency: () =>
      (reporting ??= readRaw<{ reportingCurrency: string | null }>(
        prisma,
        Prisma.sql`SELECT "reportingCurrency" FROM "Tenant" WHERE id = ${tenantId}`,
      ).then(([tenant]) => tenant?.reportingCurrency ?? null)),
    rate: new DataLoader<RateKey, DatedRate | null, string>(
      async (keys) => {
        // Codes are three letters and days YYYY-MM-DD: no comma in either.
        const rows = await readRaw<{ f: string; t: string; d: string; rate: string; date: Date }>(
          prisma,
          Prisma.sql`
          SELECT k.f, k.t, k.d::text AS d, r.rate::text AS rate, r.date
          FROM ROWS FROM (unnest(string_to_array(${keys.map((k) => k.from).join(',')}, ',')),
                          unnest(string_to_array(${keys.map((k) => k.to).join(',')}, ',')),
                          unnest(string_to_array(${keys.map((k) => k.asOf).join(',')}, ',')::date[]))
               AS k(f, t, d)
          CROSS JOIN LATERAL (
            SELECT e.rate, e.date FROM "ExchangeRate" e
            WHERE e."tenantId" = ${tenantId} AND e."fromCurrency" = k.f::char(3)
              AND e."toCurrency" = k.t::char(3) AND e.date <= k.d
            ORDER BY e.date DESC LIMIT 1) r`,
        );
        const found = new Map(
          rows.map((row) => [
            keyText({ from: row.f, to: row.t, asOf: row.d }),
            { rate: row.rate, date: row.date },
          ]),
        );
        return keys.map((key) => found.get(keyText(key)) ?? null);
      },
      { cacheKeyFn: keyText },
    ),
  };
}
