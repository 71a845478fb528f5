import { Prisma, type PrismaClient, type SalesEvent } from '../../db/generated/client';
import { readRaw } from '../../db/rawReads';

/** A claim older than this is taken to be from a process that died; the event is claimed again. */
export const CLAIM_LEASE_MS = 2 * 60_000;
/** Attempts before an event is set aside as failed (its error stays on the row). */
export const MAX_ATTEMPTS = 5;

/** The events a claim may take: unprocessed, under the attempt limit, unclaimed or past the lease. */
function claimable(leaseStart: Date, names: readonly string[] | undefined): Prisma.Sql {
  const nameFilter = names ? [...names] : null;
  return Prisma.sql`"processedAt" IS NULL AND attempts < ${MAX_ATTEMPTS}
    AND ("claimedAt" IS NULL OR "claimedAt" < ${leaseStart})
    AND (${nameFilter}::text[] IS NULL OR name = ANY(${nameFilter}::text[]))`;
}

/**
 * Claims up to `limit` unprocessed events, oldest first. FOR UPDATE SKIP LOCKED: several
 * processes on one PostgreSQL never claim the same event at once; a claim expires after the
 * lease, so an event whose process died is picked up again (its handlers are once-only).
 *
 * Every process polls twice a second and the outbox is nearly always empty, so a plain read on its
 * index asks first (straight to the pool on PostgreSQL, ADR 049), and the claim runs only when
 * something waits. The claim goes through Prisma's client, whose code polls alone never warm: a
 * poll every 500 ms cost 6.9-9.2 ms of CPU with the claim, 4.1-5.6 ms with the read (issue 11).
 */
export async function claimSalesEvents(
  prisma: PrismaClient,
  { limit = 100, names }: { limit?: number; names?: readonly string[] } = {},
): Promise<SalesEvent[]> {
  const waits = claimable(new Date(Date.now() - CLAIM_LEASE_MS), names);
  const [waiting] = await readRaw<{ one: number }>(
    prisma,
    Prisma.sql`SELECT 1 AS one FROM "SalesEvent" WHERE ${waits} LIMIT 1`,
  );
  if (!waiting) return [];
  return prisma.$queryRaw<SalesEvent[]>`
    UPDATE "SalesEvent" SET "claimedAt" = now(), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "SalesEvent"
      WHERE ${waits}
      ORDER BY "createdAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
}

export function completeSalesEvent(prisma: PrismaClient, id: string) {
  return prisma.salesEvent.update({
    where: { id },
    data: { processedAt: new Date(), error: null },
    select: { id: true },
  });
}

/** Records why handling failed; the claim is left to expire, so the retry comes a lease later. */
export function failSalesEvent(prisma: PrismaClient, id: string, error: unknown) {
  return prisma.salesEvent.update({
    where: { id },
    data: { error: error instanceof Error ? error.message : String(error) },
    select: { id: true },
  });
}

export type DrainResult = { processed: number; failed: number };

/**
 * Claims and handles events until none are left (or `maxBatches`), `concurrency` at a time; a
 * handler's failure leaves its event for a retry and does not stop the others.
 */
export async function drainSalesEvents(
  prisma: PrismaClient,
  handle: (event: SalesEvent) => Promise<unknown>,
  {
    batchSize = 100,
    concurrency = 4,
    maxBatches = Infinity,
    names,
  }: {
    batchSize?: number;
    concurrency?: number;
    maxBatches?: number;
    names?: readonly string[];
  } = {},
): Promise<DrainResult> {
  const result = { processed: 0, failed: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const events = await claimSalesEvents(prisma, { limit: batchSize, names });
    if (!events.length) break;
    // One lead's (or deal's) events run in order, one after another: its creation is routed
    // before a score change re-routes it. Different leads run side by side.
    const groups = new Map<string, SalesEvent[]>();
    for (const event of events) {
      const key = event.leadId ?? event.dealId ?? event.id;
      groups.set(key, [...(groups.get(key) ?? []), event]);
    }
    const queue = [...groups.values()];
    const worker = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        for (const event of group) {
          try {
            await handle(event);
            await completeSalesEvent(prisma, event.id);
            result.processed++;
          } catch (error) {
            await failSalesEvent(prisma, event.id, error);
            result.failed++;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }
  return result;
}
