import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { CLAIM_LEASE_MS, claimSalesEvents, MAX_ATTEMPTS } from './salesEventOutbox';

// Every process polls the outbox twice a second: an empty one must cost a read, not the claim
// (an UPDATE through Prisma's client), and the read must see exactly the events a claim takes.
let db: TestDatabase;
const statements: string[] = [];
const tenantId = 'outbox';
const updates = () => statements.filter((sql) => /UPDATE\s+"SalesEvent"/.test(sql)).length;

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await db.prisma.tenant.create({ data: { id: tenantId, name: 'Outbox' } });
});
afterAll(() => db?.drop());
beforeEach(async () => {
  await db.prisma.salesEvent.deleteMany({});
  statements.length = 0;
});

const event = (id: string, extra: Record<string, unknown> = {}) =>
  db.prisma.salesEvent.create({ data: { id, tenantId, name: 'lead/created', ...extra } });

describe('claimSalesEvents', () => {
  it('polls an empty outbox with a read alone', async () => {
    expect(await claimSalesEvents(db.prisma)).toEqual([]);
    expect(updates()).toBe(0);
    expect(statements.some((sql) => /SELECT 1 AS one FROM "SalesEvent"/.test(sql))).toBe(true);
  });

  it('claims what waits, and nothing that is processed, spent or under another lease', async () => {
    const longAgo = new Date(Date.now() - CLAIM_LEASE_MS - 60_000);
    await event('fresh');
    await event('lease-expired', { claimedAt: longAgo, attempts: 1 });
    await event('processed', { processedAt: new Date() });
    await event('spent', { attempts: MAX_ATTEMPTS });
    await event('claimed-now', { claimedAt: new Date(), attempts: 1 });
    await event('other-name', { name: 'deal/rotting' });
    const claimed = await claimSalesEvents(db.prisma, { names: ['lead/created'] });
    expect(claimed.map((e) => e.id).sort()).toEqual(['fresh', 'lease-expired']);
    expect(updates()).toBe(1);
    // Claimed now: the next poll finds nothing waiting and sends no UPDATE.
    statements.length = 0;
    expect(await claimSalesEvents(db.prisma, { names: ['lead/created'] })).toEqual([]);
    expect(updates()).toBe(0);
    // Without the name filter the other event waits, and is claimed.
    expect((await claimSalesEvents(db.prisma)).map((e) => e.id)).toEqual(['other-name']);
  });
});
