import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../prisma/seed/seedDemo';
import { loadConfig } from '../subgraph/src/config';
import { createTestDatabase, type TestDatabase } from '../subgraph/src/testing/createTestDatabase';
import { startStack } from './startStack';

const root = path.resolve(import.meta.dirname, '..');

describe('composition', () => {
  it('composes schema.graphql with the CRM subgraph without errors or hints that matter', () => {
    const result = composeServices([
      {
        name: 'crm',
        url: 'http://crm',
        typeDefs: parse(readFileSync(path.join(root, 'supergraph/crm/schema.graphql'), 'utf8')),
      },
      {
        name: 'sales',
        url: 'http://sales',
        typeDefs: parse(readFileSync(path.join(root, 'schema.graphql'), 'utf8')),
      },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect((result.hints ?? []).map((hint) => `${hint.definition.code}: ${hint.message}`)).toEqual(
      [],
    );
  });
});

describe('the local supergraph', () => {
  let db: TestDatabase;
  let stack: Awaited<ReturnType<typeof startStack>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, { seed: 42, leads: 400 });
    stack = await startStack({
      config: { ...loadConfig({}), port: 0 },
      gatewayPort: 0,
      crmPort: 0,
      seedIfEmpty: false,
      db,
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await db?.drop();
  });

  async function gateway(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  }

  it('answers a number literal out of range with HTTP 400, not 500 (a stranger found it)', async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { upsertCustomerSignals(input: { customerId: "cus-0001", usageTrend: 1e400 }) { id } }',
      }),
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions?: { code?: string } }[];
    };
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^The number 1e400 is out of range/);
    expect(errors[0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the cross-subgraph query', async () => {
    const result = await gateway(
      '{ customers(first: 300) { id name healthScore deals(first: 5) { title value stage { name } } } }',
    );
    expect(result.errors).toBeUndefined();
    const customers = result.data?.customers as {
      id: string;
      name: string;
      healthScore: number;
      deals: { title: string; value: string; stage: { name: string } }[];
    }[];
    expect(customers).toHaveLength(300);
    const withDeals = customers.filter((c) => c.deals.length > 0);
    expect(withDeals.length).toBeGreaterThan(20);
    const deal = withDeals[0]!.deals[0]!;
    expect(deal.title).toContain(withDeals[0]!.name);
    expect(deal.value).toMatch(/^\d+\.\d{2}$/);
    expect(typeof deal.stage.name).toBe('string');
  });

  it('pages the CRM customers with their sales figures, every page to the end', async () => {
    const query = `query ($after: String) {
      customerPage(first: 50, after: $after, sortBy: MRR) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id mrr openDealTotals { currency amount } }
      }
    }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: { id: string; mrr: string; openDealTotals: { amount: string }[] }[];
    };
    const rows: Page['nodes'] = [];
    let after: string | null = null;
    let page: Page;
    do {
      const result = await gateway(query, { after });
      expect(result.errors).toBeUndefined();
      page = result.data?.customerPage as Page;
      rows.push(...page.nodes);
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(page.totalCount).toBe(300);
    expect(new Set(rows.map((r) => r.id)).size).toBe(300);
    const mrrs = rows.map((r) => Number(r.mrr));
    expect(mrrs).toEqual([...mrrs].sort((a, b) => b - a));
    expect(rows.filter((r) => r.openDealTotals.length > 0).length).toBeGreaterThan(20);

    const bad = await gateway('{ customerPage(after: "nonsense") { totalCount } }');
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers one customer with CRM data and sales figures in one request', async () => {
    const result = await gateway(
      'query ($id: ID!) { customer(id: $id) { name plan mrr healthScore openDealValue wonDealValue deals(first: 2) { id } } }',
      { id: 'cus-0002' },
    );
    expect(result.errors).toBeUndefined();
    const customer = result.data?.customer as {
      name: string;
      deals: unknown[];
      wonDealValue: string;
    };
    expect(customer.name).toBeTruthy();
    expect(customer.deals.length).toBeLessThanOrEqual(2);
    expect(customer.wonDealValue).toMatch(/^\d+\.\d{2}$/);
  });
});
