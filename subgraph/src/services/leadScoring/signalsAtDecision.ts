import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { CustomerForScoring } from './leadFeatures';

/** A closed lead's customer signals as they were when the lead was decided. */
export type SignalsAtDecision =
  /** The latest snapshot at or before the decision. */
  | { kind: 'snapshot'; customer: CustomerForScoring }
  /** No snapshot then, but the signals have not changed since before the decision. */
  | { kind: 'unchanged' };

type Row = Omit<CustomerForScoring, 'annualRevenue' | 'mrr'> & {
  leadId: string;
  snapshotAt: Date | null;
  unchanged: boolean;
  annualRevenue: unknown;
  mrr: unknown;
};

// Raw rows bring numeric columns as Decimals (or strings, by driver); both print exactly.
const decimal = (value: unknown) =>
  value === null || value === undefined
    ? null
    : new Prisma.Decimal((value as { toString(): string }).toString());

/**
 * For each closed lead with a customer, what its customer's signals were at the decision on it
 * (its deal's creation, else its outcome), when that is known: from the latest
 * CustomerSignalSnapshot at or before then (ADR 034), or from today's signals if they were last
 * pushed before then. Leads missing from the map were decided before any known state of their
 * customer's signals: training can only use today's for them, and the model card counts them.
 */
export async function loadSignalsAtDecision(
  prisma: PrismaClient,
  tenantId: string,
): Promise<Map<string, SignalsAtDecision>> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT l.id AS "leadId", s."observedAt" AS "snapshotAt",
           COALESCE(c."signalsUpdatedAt" <= x.at, false) AS unchanged,
           s."healthScore", s."activeUsers", s.seats, s."usageTrend", s.plan, s.mrr,
           s.industry, s.employees, s."annualRevenue", s.country
    FROM "Lead" l
    JOIN "Customer" c ON c.id = l."customerId" AND c."tenantId" = l."tenantId"
    LEFT JOIN "Deal" d ON d."leadId" = l.id
    CROSS JOIN LATERAL (SELECT COALESCE(d."createdAt", l."outcomeAt") AS at) x
    LEFT JOIN LATERAL (
      SELECT * FROM "CustomerSignalSnapshot" s
      WHERE s."tenantId" = l."tenantId" AND s."customerId" = l."customerId" AND s."observedAt" <= x.at
      ORDER BY s."observedAt" DESC LIMIT 1
    ) s ON true
    WHERE l."tenantId" = ${tenantId} AND l.outcome IS NOT NULL AND l."outcomeAt" IS NOT NULL`);
  const result = new Map<string, SignalsAtDecision>();
  for (const { leadId, snapshotAt, unchanged, annualRevenue, mrr, ...signals } of rows) {
    if (snapshotAt !== null) {
      result.set(leadId, {
        kind: 'snapshot',
        customer: { ...signals, annualRevenue: decimal(annualRevenue), mrr: decimal(mrr) },
      });
    } else if (unchanged) {
      result.set(leadId, { kind: 'unchanged' });
    }
  }
  return result;
}
