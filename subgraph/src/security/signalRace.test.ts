import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const A = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'admin-a', role: 'ADMIN' as const };
const B = { tenantId: 'tenant-rival', userId: 'admin-b', role: 'ADMIN' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  api = createTestApi(db.prisma, A);
});
afterAll(() => db?.drop());

const UPSERT = `mutation ($input: CustomerSignalsInput!) { upsertCustomerSignals(input: $input) { id } }`;

describe('the cross-tenant signal race (issue 10, item 4)', () => {
  it('40 simultaneous upserts of a new customer id from two tenants: the owner holds only its own signals', async () => {
    for (let round = 0; round < 5; round++) {
      const customerId = `cus-race-${round}`;
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const principal = i % 2 === 0 ? A : B;
          const mine = principal === A;
          return api.run(
            UPSERT,
            {
              input: {
                customerId,
                healthScore: mine ? 11 : 22,
                industry: mine ? 'tenant A' : 'tenant B',
                annualRevenue: mine ? '1000.00' : '2000.00',
              },
            },
            principal,
          );
        }),
      );
      const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
      expect(codes.every((code) => code === 'BAD_USER_INPUT')).toBe(true);
      const row = await db.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
      const owner = row.tenantId === A.tenantId ? 'A' : 'B';
      expect(row).toMatchObject(
        owner === 'A'
          ? { healthScore: 11, industry: 'tenant A' }
          : { healthScore: 22, industry: 'tenant B' },
      );
      expect(row.annualRevenue?.toFixed(2)).toBe(owner === 'A' ? '1000.00' : '2000.00');
      // Every refusal went to the tenant that doesn't own the row, and the owner's writes all succeeded.
      const refused = results.filter((r, i) => r.errors && (i % 2 === 0 ? 'A' : 'B') === owner);
      expect(refused).toEqual([]);
    }
  });
});
