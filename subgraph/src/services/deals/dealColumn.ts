import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { RawReader } from '../../db/rawReads';
import { evenKeys, jitteredKeyBetween } from './positionKey';

type Tx = Prisma.TransactionClient;

/**
 * A key longer than this asks for a background rebalance of its column after the commit
 * (ADR 023): about 120 placements at one spot, or a clash of keys.
 */
export const REBALANCE_KEY_LENGTH = 24;

/**
 * Stage rows a deal enters or leaves, in id order (ADR 020's lock order: stages, then the deal
 * row, then the linked lead), `FOR KEY SHARE`: changes of one column don't wait for each other
 * (each writes only its own deal row, with a key of its own), but they do wait for, and hold off,
 * what rewrites a column's keys (`lockColumnsExclusive`: a rebalance, a stage deletion).
 */
export async function lockStages(tx: Tx, stageIds: string[]): Promise<void> {
  // One statement; rows are locked in the ORDER BY's order (the lock is applied above the sort).
  await tx.$queryRaw`SELECT id FROM "PipelineStage" WHERE id = ANY(${[...new Set(stageIds)]}::text[]) ORDER BY id FOR KEY SHARE`;
}

/** Stage rows whose columns' keys are rewritten: no deal enters or leaves them meanwhile. */
export async function lockColumnsExclusive(tx: Tx, stageIds: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "PipelineStage" WHERE id = ANY(${[...new Set(stageIds)]}::text[]) ORDER BY id FOR UPDATE`;
}

/**
 * The key of a deal put first in a column, before its first deal: where a new deal goes (ADR 067).
 * Concurrent creates into one column (the stage row locked `FOR KEY SHARE`) read the same first
 * key and differ by their random tails, as concurrent moves to one spot do (ADR 023).
 */
export async function keyAtStart(tx: Tx, stageId: string): Promise<string> {
  const [first] = await tx.$queryRaw<{ position: string }[]>`
    SELECT position FROM "Deal" WHERE "stageId" = ${stageId} ORDER BY position, id LIMIT 1`;
  return jitteredKeyBetween(null, first?.position ?? null);
}

/** Keys for `count` deals appended, in order, to the end of a column. */
export async function keysAtEnd(tx: Tx, stageId: string, count = 1): Promise<string[]> {
  const [last] = await tx.$queryRaw<{ position: string }[]>`
    SELECT position FROM "Deal" WHERE "stageId" = ${stageId} ORDER BY position DESC, id DESC LIMIT 1`;
  const keys: string[] = [];
  let key = last?.position ?? null;
  for (let i = 0; i < count; i++) keys.push((key = jitteredKeyBetween(key, null)));
  return keys;
}

/** A key, the index it gives, and whether the column should be rebalanced after the commit. */
export type Placement = { key: string; index: number; rebalance: boolean };

/**
 * The key that puts a deal at `index` of a column without touching any other row: a key between
 * the neighbours it will have there (the column without the deal itself), with a random tail so
 * concurrent placements at one spot differ. An index past the end appends. `current` is the
 * deal's own key when it is already in the column: a drop back between its own neighbours keeps it.
 * `neighbourKeys` are the column's keys (without the deal) from index − 1 (from 0 when `index` is
 * 0), at most two, as `lockDealForMove` reads them; a placement past the end or between two equal
 * keys reads what else it needs.
 */
export async function placeInColumn(
  sql: RawReader,
  stageId: string,
  index: number,
  deal: { id: string; current: string | null },
  neighbourKeys: string[],
): Promise<Placement> {
  let before: string | null = index === 0 ? null : (neighbourKeys[0] ?? null);
  let after: string | null = index === 0 ? (neighbourKeys[0] ?? null) : (neighbourKeys[1] ?? null);
  let at = index;
  if (index > 0 && neighbourKeys.length === 0) {
    // Past the end: after the last deal.
    const [last] = await sql<{ position: string; size: number }>(Prisma.sql`
      SELECT position, (SELECT count(*)::int FROM "Deal" WHERE "stageId" = ${stageId} AND id <> ${deal.id}) AS size
      FROM "Deal" WHERE "stageId" = ${stageId} AND id <> ${deal.id}
      ORDER BY position DESC, id DESC LIMIT 1`);
    before = last?.position ?? null;
    at = last?.size ?? 0;
  }
  const current = deal.current;
  if (
    current !== null &&
    (before === null || before < current) &&
    (after === null || current < after)
  )
    return { key: current, index: at, rebalance: false };
  if (before !== null && after !== null && before >= after) {
    // Two neighbours with one key (a clash of random tails, or hand-edited data): no key fits
    // between them, so the deal goes right after every deal with that key, and a rebalance
    // after the commit separates them.
    const [next] = await sql<{ position: string }>(Prisma.sql`
      SELECT position FROM "Deal" WHERE "stageId" = ${stageId} AND position > ${before}
      ORDER BY position LIMIT 1`);
    after = next?.position ?? null;
    return { key: jitteredKeyBetween(before, after), index: at, rebalance: true };
  }
  const key = jitteredKeyBetween(before, after);
  return { key, index: at, rebalance: key.length > REBALANCE_KEY_LENGTH };
}

/**
 * Puts a deal back at the key it had in a column (a reopen into the stage it was closed from, ADR
 * 067): that key when no other deal has it now, else the nearest free place next to it, right
 * after the deals that have it (a rebalance may have handed it out since). One statement; the
 * index is the deal's in the column with it.
 */
export async function placeAtKey(
  sql: RawReader,
  stageId: string,
  dealId: string,
  key: string,
): Promise<Placement> {
  const [row] = await sql<{ taken: boolean; next: string | null; atOrBefore: number }>(Prisma.sql`
    SELECT
      EXISTS (SELECT 1 FROM "Deal" WHERE "stageId" = ${stageId} AND id <> ${dealId} AND position = ${key}) AS taken,
      (SELECT position FROM "Deal" WHERE "stageId" = ${stageId} AND position > ${key}
        ORDER BY position LIMIT 1) AS next,
      (SELECT count(*)::int FROM "Deal" WHERE "stageId" = ${stageId} AND id <> ${dealId} AND position <= ${key}) AS "atOrBefore"`);
  if (!row!.taken) return { key, index: row!.atOrBefore, rebalance: false };
  const placed = jitteredKeyBetween(key, row!.next);
  return { key: placed, index: row!.atOrBefore, rebalance: placed.length > REBALANCE_KEY_LENGTH };
}

/**
 * Gives a column's deals consecutive short keys in their current order (its stage row locked
 * with `lockColumnsExclusive`). Writes only the rows whose key changes; versions stay, since no
 * deal's place does.
 */
export async function rebalanceColumn(tx: Tx, stageId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string; position: string }[]>`
    SELECT id, position FROM "Deal" WHERE "stageId" = ${stageId} ORDER BY position, id`;
  const keys = evenKeys(rows.length);
  const changed = rows
    .map((row, i) => ({ id: row.id, key: keys[i]! }))
    .filter((row, i) => row.key !== rows[i]!.position);
  const CHUNK = 1000;
  for (let i = 0; i < changed.length; i += CHUNK) {
    const part = changed.slice(i, i + CHUNK);
    await tx.$executeRaw`
      UPDATE "Deal" AS d SET position = v.key
      FROM unnest(${part.map((r) => r.id)}::text[], ${part.map((r) => r.key)}::text[]) AS v(id, key)
      WHERE d.id = v.id`;
  }
  return changed.length;
}

/**
 * Whether another deal of the column has this key, read after a commit. `placeAtKey` sees only
 * committed keys: two deals put back at one recorded key at the same moment (reopens, restores)
 * both find it free. Their order stays total (position, then id) and pages read it so, but a
 * rebalance should give them keys of their own; the caller schedules it when this says so.
 */
export async function keyIsShared(
  prisma: PrismaClient,
  stageId: string,
  dealId: string,
  key: string,
): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ shared: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Deal" WHERE "stageId" = ${stageId} AND position = ${key}
      AND id <> ${dealId}) AS shared`;
  return row!.shared;
}
