import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const tenantId = DEMO_PRINCIPAL.tenantId;
const OTHER = { ...DEMO_PRINCIPAL, tenantId: 'tenant-engagement-other', userId: 'u-other' };

type Distribution = { feature: string; total: number; values: { value: number; leads: number }[] };
const QUERY = '{ leadEngagementDistribution { feature total values { value leads } } }';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 120, now: new Date('2026-11-01T00:00:00Z') });
  // Another tenant's leads, with counts no demo lead has: they must not be counted.
  await db.prisma.tenant.create({ data: { id: OTHER.tenantId, name: 'Other' } });
  await db.prisma.lead.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({
      tenantId: OTHER.tenantId,
      name: `Other ${i}`,
      source: 'web',
      emailsCount: 10_000 + i,
      meetingsCount: i % 2,
    })),
  });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

describe('leadEngagementDistribution', () => {
  it('counts every lead of the tenant at its value of each engagement count, exactly', async () => {
    const leads = await db.prisma.lead.findMany({ where: { tenantId } });
    const { data, errors } = await api.run<{ leadEngagementDistribution: Distribution[] }>(QUERY);
    expect(errors).toBeUndefined();
    const distributions = data!.leadEngagementDistribution;
    expect(distributions.map((d) => d.feature)).toEqual([
      'emailsCount',
      'callsCount',
      'meetingsCount',
      'visitsCount',
    ]);
    for (const d of distributions) {
      const expected = new Map<number, number>();
      for (const lead of leads) {
        const value = lead[d.feature as 'emailsCount'];
        expected.set(value, (expected.get(value) ?? 0) + 1);
      }
      expect(d.total).toBe(leads.length);
      expect(d.values).toEqual(
        [...expected].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, leads: count })),
      );
    }
    // The seed gives the counts some spread, so the test compares more than one value.
    const meetings = distributions.find((d) => d.feature === 'meetingsCount')!;
    expect(meetings.values.length).toBeGreaterThan(2);
  });

  it('answers each tenant from its own leads only', async () => {
    const { data } = await api.run<{ leadEngagementDistribution: Distribution[] }>(
      QUERY,
      {},
      OTHER,
    );
    const [emails, , meetings, visits] = data!.leadEngagementDistribution;
    expect(emails).toEqual({
      feature: 'emailsCount',
      total: 5,
      values: [0, 1, 2, 3, 4].map((i) => ({ value: 10_000 + i, leads: 1 })),
    });
    expect(meetings!.values).toEqual([
      { value: 0, leads: 3 },
      { value: 1, leads: 2 },
    ]);
    expect(visits!.values).toEqual([{ value: 0, leads: 5 }]);
  });
});
