import type { PrismaClient } from '../../db/generated/client';

export type Locked<T> = { acquired: true; value: T } | { acquired: false };

/** Longer than any job a lock guards: the lock's transaction only waits while the work runs. */
const LOCK_HOLD_MS = 6 * 60 * 60_000;

const heldHere = new Set<string>();
const embedded = new WeakMap<PrismaClient, Promise<boolean>>();

/** PGlite (one process, one connection) reports a wasm32 build. */
function isEmbedded(prisma: PrismaClient): Promise<boolean> {
  let kind = embedded.get(prisma);
  if (!kind) {
    kind = prisma.$queryRaw<{ version: string }[]>`SELECT version() AS version`.then(([row]) =>
      Boolean(row?.version.includes('wasm32')),
    );
    kind.catch(() => embedded.delete(prisma));
    embedded.set(prisma, kind);
  }
  return kind;
}

/**
 * Runs `work` while holding the lock named `key` across every process on the database, or does
 * nothing when someone holds it (`acquired: false`): a PostgreSQL advisory lock taken with
 * pg_try_advisory_xact_lock in a transaction that stays open while `work` runs on other pooled
 * connections, so a crashed process releases it with its connection. In-process holders are
 * tracked too: PGlite is one session, where advisory locks are re-entrant and an open transaction
 * would block `work`'s own statements, so there this process's set is the lock (PGlite is never
 * shared by two processes).
 */
export async function tryWithScoringLock<T>(
  prisma: PrismaClient,
  key: string,
  work: () => Promise<T>,
): Promise<Locked<T>> {
  if (heldHere.has(key)) return { acquired: false };
  heldHere.add(key);
  try {
    if (await isEmbedded(prisma)) return { acquired: true, value: await work() };
    let outcome: Locked<T> | undefined;
    try {
      await prisma.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
            SELECT pg_try_advisory_xact_lock(hashtextextended(${`sales:${key}`}, 0)) AS locked`;
          outcome = row?.locked ? { acquired: true, value: await work() } : { acquired: false };
        },
        { timeout: LOCK_HOLD_MS },
      );
    } catch (error) {
      // The lock's own connection failed after the work was done (the lock went with it): the
      // work's outcome stands. A failure of the work itself leaves `outcome` unset.
      if (!outcome) throw error;
    }
    return outcome!;
  } finally {
    heldHere.delete(key);
  }
}

/**
 * Serialises, within a transaction, the statements that give a tenant's scoring models their
 * version numbers (retraining, the first prior): two never pick the same next version.
 */
export async function lockModelVersions(
  tx: Pick<PrismaClient, '$executeRaw'>,
  tenantId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sales:model-version:${tenantId}`}, 0))`;
}
