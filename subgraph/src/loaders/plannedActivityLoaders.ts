import DataLoader from 'dataloader';
import { Prisma, type PlannedActivity, type PrismaClient } from '../db/generated/client';
import { lateralPerKey } from './lateralPerKey';
import { peekableLoader, type Peekable } from './peekable';

type On = 'dealId' | 'leadId';

/**
 * Planned activities of deals and leads, batched per request: each key's earliest open one (the
 * next step) and each key's list in due order, one statement per batch, read from the
 * (dealId | leadId, status, dueAt, id) indexes.
 */
export function plannedActivityLoaders(prisma: PrismaClient, tenantId: string) {
  const next = new Map<On, Peekable<string, PlannedActivity | null>>();
  const lists = new Map<string, DataLoader<string, PlannedActivity[]>>();
  const column = (on: On) => Prisma.raw(`"${on}"`);
  return {
    nextActivityOf: (on: On): Peekable<string, PlannedActivity | null> => {
      let loader = next.get(on);
      if (!loader) {
        loader = peekableLoader(async (keys) =>
          (
            await lateralPerKey<PlannedActivity>(
              prisma,
              keys,
              (key) => Prisma.sql`SELECT p.* FROM "PlannedActivity" p
                WHERE p.${column(on)} = ${key} AND p.status = 'OPEN' AND p."tenantId" = ${tenantId}
                ORDER BY p."dueAt", p.id LIMIT 1`,
              on,
            )
          ).map((rows) => rows[0] ?? null),
        );
        next.set(on, loader);
      }
      return loader;
    },
    plannedActivitiesOf: (
      on: On,
      first: number,
      includeDone: boolean,
    ): DataLoader<string, PlannedActivity[]> => {
      const name = `${on}:${first}:${includeDone}`;
      let loader = lists.get(name);
      if (!loader) {
        const status = includeDone ? Prisma.empty : Prisma.sql`AND p.status = 'OPEN'`;
        loader = new DataLoader((keys) =>
          lateralPerKey<PlannedActivity>(
            prisma,
            keys,
            (key) => Prisma.sql`SELECT p.* FROM "PlannedActivity" p
              WHERE p.${column(on)} = ${key} AND p."tenantId" = ${tenantId} ${status}
              ORDER BY p."dueAt", p.id LIMIT ${first}`,
            on,
          ),
        );
        lists.set(name, loader);
      }
      return loader;
    },
  };
}
