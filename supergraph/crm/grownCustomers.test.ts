import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../prisma/seed/demoTenant';
import { grownCustomers } from '../../prisma/seed/grownCustomers';
import { seedDemo } from '../../prisma/seed/seedDemo';
import { loadConfig } from '../../subgraph/src/config';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../subgraph/src/testing/createTestDatabase';
import { growSalesData } from '../../subgraph/src/testing/growSalesData';
import { startCrmSubgraph } from './startCrmSubgraph';

// The benches grow the sales database with customers `grow-cus-N`; the CRM stand-in serves the
// same customers when told how many (CRM_GROWN_CUSTOMERS), so a grown deal's card has its
// customer's name through the gateway, as a user's board does.

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Customer { id name healthScore plan industry country } } }`;

async function entities(url: string, ids: string[]) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: ENTITIES,
      variables: { r: ids.map((id) => ({ __typename: 'Customer', id })) },
    }),
  });
  return (await response.json()) as { data?: { _entities: unknown[] }; errors?: unknown[] };
}

describe('the CRM stand-in and the grown customers', () => {
  it('serves the first N grown customers when asked, and none by default', async () => {
    const crm = await startCrmSubgraph(0, 42, undefined, 3);
    const plain = await startCrmSubgraph(0);
    try {
      const body = await entities(crm.url, ['grow-cus-1', 'grow-cus-3', 'grow-cus-4']);
      expect(body.errors).toBeUndefined();
      expect(body.data?._entities).toEqual([
        expect.objectContaining({ id: 'grow-cus-1', name: 'Grown Customer 1' }),
        expect.objectContaining({ id: 'grow-cus-3', name: 'Grown Customer 3' }),
        null,
      ]);
      expect((await entities(plain.url, ['grow-cus-1'])).data?._entities).toEqual([null]);
    } finally {
      await crm.stop();
      await plain.stop();
    }
  });

  it('takes the count from CRM_GROWN_CUSTOMERS, 0 when unset, and refuses what is not a count', () => {
    expect(loadConfig({}).crmGrownCustomers).toBe(0);
    expect(loadConfig({ CRM_GROWN_CUSTOMERS: '2000' }).crmGrownCustomers).toBe(2000);
    expect(() => loadConfig({ CRM_GROWN_CUSTOMERS: '-1' })).toThrow(
      'CRM_GROWN_CUSTOMERS must be a non-negative integer, got "-1"',
    );
  });

  describe('growSalesData', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemo(db.prisma, { seed: 3, leads: 20 });
    }, 120_000);
    afterAll(() => db?.drop());

    it('stores the signals the CRM stand-in serves for the same customers', async () => {
      await growSalesData(db.prisma, {
        tenantId: DEMO_PRINCIPAL.tenantId,
        pipelineId: 'pl-new',
        openDeals: 12,
        leads: 12,
        customers: 25,
        ownerIds: ['user-rep-1'],
      });
      const stored = await db.prisma.customer.findMany({
        where: { id: { startsWith: 'grow-cus-' } },
        select: {
          id: true,
          healthScore: true,
          seats: true,
          activeUsers: true,
          industry: true,
          country: true,
          plan: true,
        },
      });
      const byId = new Map(stored.map((row) => [row.id, row]));
      const served = grownCustomers(25);
      expect(stored).toHaveLength(25);
      for (const customer of served)
        expect(byId.get(customer.id)).toEqual({
          id: customer.id,
          healthScore: customer.healthScore,
          seats: customer.seats,
          activeUsers: customer.activeUsers,
          industry: customer.industry,
          country: customer.country,
          plan: customer.plan,
        });
    });
  });
});
