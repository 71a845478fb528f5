import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 4, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateDealInput!) {
  updateDeal(id: $id, expectedVersion: $v, input: $input) { id version expectedCloseDate } }`;

describe('data correctness (issue 10, item 8)', () => {
  it('refuses dates that are not on the calendar or out of range instead of rolling them over', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, stage: { kind: 'OPEN' } },
    });
    for (const date of ['2026-02-31', '2024-02-30', '0000-01-01', '2026-13-01', '2201-01-01']) {
      const { errors } = await api.run(UPDATE, {
        id: deal.id,
        v: deal.version,
        input: { expectedCloseDate: date },
      });
      expect(errors?.[0]?.extensions?.code, date).toBe('BAD_USER_INPUT');
    }
    const ok = await api.run<{ updateDeal: { expectedCloseDate: string } }>(UPDATE, {
      id: deal.id,
      v: deal.version,
      input: { expectedCloseDate: '2024-02-29' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateDeal.expectedCloseDate).toBe('2024-02-29');
  });

  it('an update that changes nothing keeps the version and logs nothing', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, stage: { kind: 'OPEN' } },
    });
    const activities = await db.prisma.activity.count({ where: { dealId: deal.id } });
    for (const input of [{}, { title: deal.title }]) {
      const { data, errors } = await api.run<{ updateDeal: { version: number } }>(UPDATE, {
        id: deal.id,
        v: deal.version,
        input,
      });
      expect(errors).toBeUndefined();
      expect(data!.updateDeal.version).toBe(deal.version);
    }
    expect(await db.prisma.activity.count({ where: { dealId: deal.id } })).toBe(activities);
  });

  it('a deletion is logged as DELETED', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, stage: { kind: 'OPEN' } },
    });
    const { errors } = await api.run(
      'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
      { id: deal.id, v: deal.version },
    );
    expect(errors).toBeUndefined();
    const logged = await db.prisma.activity.findMany({
      where: { dealId: deal.id },
      orderBy: { occurredAt: 'desc' },
      take: 1,
    });
    expect(logged[0]?.type).toBe('DELETED');
  });
});
