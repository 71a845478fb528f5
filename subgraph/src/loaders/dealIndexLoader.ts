import DataLoader from 'dataloader';
import { Prisma, type Deal, type PrismaClient } from '../db/generated/client';
import { readRaw } from '../db/rawReads';

type Placed = Pick<Deal, 'id' | 'stageId' | 'position'>;

const keyOf = (deal: Placed) => `${deal.id}:${deal.stageId}:${deal.position}`;

/**
 * A deal's 0-based index in its column (`ORDER BY position, id`), the `position` the API shows
 * (ADR 023: the stored position is an order key). An index this request already knows (a
 * whole-column page, a move's answer) is answered at once, without a promise (ADR 045: 160 board
 * cards resolve `position` synchronously); otherwise one statement per batch: per column, the
 * rows from its top down to the deepest deal asked for, numbered by a window over the
 * (stageId, position, id) index.
 */
export function createDealIndexLoader(prisma: PrismaClient) {
  // By id, with the row the index is of: a string key per card (id, stage and position joined)
  // cost more than the lookup on a board of 160 cards.
  const known = new Map<string, { stageId: string; position: string; index: number }>();
  const knownIndex = (deal: Placed): number | undefined => {
    const entry = known.get(deal.id);
    return entry && entry.stageId === deal.stageId && entry.position === deal.position
      ? entry.index
      : undefined;
  };
  const loader = new DataLoader<Placed, number, string>(
    async (deals) => {
      const rows = await readRaw<{ id: string; idx: number }>(
        prisma,
        Prisma.sql`
        SELECT c.id, c.idx FROM (
          SELECT DISTINCT ON (w.stage) w.stage, w.pos, w.id
          FROM unnest(${deals.map((d) => d.stageId)}::text[], ${deals.map((d) => d.position)}::text[], ${deals.map((d) => d.id)}::text[]) AS w(stage, pos, id)
          ORDER BY w.stage, w.pos COLLATE "C" DESC, w.id DESC
        ) deepest
        CROSS JOIN LATERAL (
          SELECT d.id, (row_number() OVER (ORDER BY d.position, d.id) - 1)::int AS idx
          FROM "Deal" d
          WHERE d."stageId" = deepest.stage AND (d.position, d.id) <= (deepest.pos COLLATE "C", deepest.id)
        ) c
        WHERE c.id = ANY(${deals.map((d) => d.id)}::text[])`,
      );
      const byId = new Map(rows.map((row) => [row.id, row.idx]));
      // A deal moved or deleted since its row was read: where its key would be in that column.
      return Promise.all(
        deals.map(async (deal) => byId.get(deal.id) ?? (await countBefore(prisma, deal))),
      );
    },
    { cacheKeyFn: keyOf },
  );
  return {
    indexOf: (deal: Placed): number | Promise<number> => knownIndex(deal) ?? loader.load(deal),
    /** Records an index read or computed by this request (the row as it is now). */
    prime: (deal: Placed, index: number) =>
      void known.set(deal.id, { stageId: deal.stageId, position: deal.position, index }),
  };
}

async function countBefore(prisma: PrismaClient, deal: Placed): Promise<number> {
  const [row] = await readRaw<{ n: number }>(
    prisma,
    Prisma.sql`
    SELECT count(*)::int AS n FROM "Deal"
    WHERE "stageId" = ${deal.stageId} AND (position, id) < (${deal.position}, ${deal.id})`,
  );
  return row?.n ?? 0;
}
