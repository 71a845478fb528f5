import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { learnedRatesSettled } from '../deals/recomputeLearnedRates';
import { encodeCursor } from '../common/cursor';

let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };
const DAY = 86_400_000;

type Item = {
  kind: 'DEAL' | 'LEAD';
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: { name: string } | null;
  restorableUntil: string;
  daysLeft: number;
  canRestore: boolean;
};
type Page = {
  trash: { items: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

const TRASH = `query ($kind: TrashKind, $first: Int, $after: String) {
  trash(kind: $kind, first: $first, after: $after) {
    items { kind id title deletedAt deletedBy { name } restorableUntil daysLeft canRestore }
    pageInfo { hasNextPage endCursor }
  }
}`;

const deleted: { kind: 'DEAL' | 'LEAD'; id: string; title: string; ownerId: string | null }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 120, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  const deals = await db.prisma.deal.findMany({
    where: { tenantId: TENANT, stage: { kind: 'OPEN' } },
    orderBy: { id: 'asc' },
    take: 3,
  });
  for (const deal of deals) {
    const { errors } = await api.run(
      'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
      { id: deal.id, v: deal.version },
    );
    expect(errors).toBeUndefined();
    deleted.push({ kind: 'DEAL', id: deal.id, title: deal.title, ownerId: deal.ownerId });
  }
  const own = await db.prisma.deal.findFirstOrThrow({
    where: {
      tenantId: TENANT,
      stage: { kind: 'OPEN' },
      ownerId: REP.userId,
      id: { notIn: deals.map((d) => d.id) },
    },
  });
  const byRep = await api.run(
    'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
    { id: own.id, v: own.version },
    REP,
  );
  expect(byRep.errors).toBeUndefined();
  deleted.push({ kind: 'DEAL', id: own.id, title: own.title, ownerId: own.ownerId });
  const leads = await db.prisma.lead.findMany({
    where: { tenantId: TENANT, deal: null },
    orderBy: { id: 'asc' },
    take: 2,
  });
  for (const lead of leads) {
    const { errors } = await api.run('mutation ($id: ID!) { deleteLead(id: $id) }', {
      id: lead.id,
    });
    expect(errors).toBeUndefined();
    deleted.push({ kind: 'LEAD', id: lead.id, title: lead.name, ownerId: lead.ownerId });
  }
});
afterAll(async () => {
  await learnedRatesSettled(db.prisma);
  await db?.drop();
});

describe('trash', () => {
  it('lists what was deleted, newest first, with who deleted it and the days left', async () => {
    const { data, errors } = await api.run<Page>(TRASH, {});
    expect(errors).toBeUndefined();
    const items = data!.trash.items;
    expect(items.map((item) => item.id)).toEqual(deleted.map((row) => row.id).reverse());
    for (const item of items) {
      const row = deleted.find((d) => d.id === item.id)!;
      expect(item).toMatchObject({
        kind: row.kind,
        title: row.title,
        daysLeft: 29,
        canRestore: true,
      });
      expect(item.deletedBy?.name).toBe(row === deleted[3] ? 'Riley Chen' : 'Avery Admin');
      expect(Date.parse(item.restorableUntil) - Date.parse(item.deletedAt)).toBe(30 * DAY);
    }
    expect(data!.trash.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('filters by kind', async () => {
    const { data } = await api.run<Page>(TRASH, { kind: 'LEAD' });
    expect(data!.trash.items.map((item) => item.id).sort()).toEqual(
      deleted
        .filter((row) => row.kind === 'LEAD')
        .map((row) => row.id)
        .sort(),
    );
  });

  it('pages through deletions at the same moment in order, each once', async () => {
    const at = new Date(Date.now() - 2 * DAY);
    await db.prisma.deletedRecord.updateMany({
      where: { tenantId: TENANT },
      data: { deletedAt: at },
    });
    const seen: Item[] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page | null; errors?: unknown } = await api.run<Page>(TRASH, {
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.trash.items);
      after = result.data!.trash.pageInfo.hasNextPage
        ? result.data!.trash.pageInfo.endCursor
        : null;
    } while (after);
    const keys = seen.map((item) => `${item.kind === 'DEAL' ? 'Deal' : 'Lead'}/${item.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(seen).toHaveLength(deleted.length);
    expect(seen.every((item) => item.daysLeft === 27)).toBe(true);
  });

  it('leaves out rows past the 30-day window and rows restored', async () => {
    const [old, restored] = [deleted[0]!, deleted[4]!];
    await db.prisma.deletedRecord.update({
      where: { kind_id: { kind: 'Deal', id: old.id } },
      data: { deletedAt: new Date(Date.now() - 30 * DAY - 60_000) },
    });
    expect(
      (await api.run('mutation ($id: ID!) { restoreLead(id: $id) { id } }', { id: restored.id }))
        .errors,
    ).toBeUndefined();
    const { data } = await api.run<Page>(TRASH, {});
    const ids = data!.trash.items.map((item) => item.id);
    expect(ids).not.toContain(old.id);
    expect(ids).not.toContain(restored.id);
    expect(ids).toHaveLength(deleted.length - 2);
  });

  it("tells a rep which items they may restore (their own), and hides another tenant's", async () => {
    const { data } = await api.run<Page>(TRASH, {}, REP);
    expect(data!.trash.items.length).toBeGreaterThan(0);
    for (const item of data!.trash.items) {
      const row = deleted.find((d) => d.id === item.id)!;
      expect(item.canRestore).toBe(row.ownerId === REP.userId);
    }
    expect(data!.trash.items.filter((item) => item.canRestore).map((item) => item.id)).toContain(
      deleted[3]!.id,
    );
    const other = await api.run<Page>(TRASH, {}, OTHER_TENANT);
    expect(other.data!.trash.items).toEqual([]);
  });

  it.each([
    ['first: 0', { first: 0 }],
    ['first: 501', { first: 501 }],
    ['a cursor that is not one', { after: 'garbage' }],
    ['a forged cursor', { after: encodeCursor({ v: 'not a date', id: 'Deal/x' }) }],
    [
      'a cursor of another kind',
      { after: encodeCursor({ v: new Date().toISOString(), id: 'User/x' }) },
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_name, variables) => {
    const { errors } = await api.run(TRASH, variables);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
