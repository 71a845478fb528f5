import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GATEWAY_LIMITS } from '../http/queryLimits';
import { operationCost } from './listCost';

const root = path.resolve(import.meta.dirname, '../../..');

/** The gateway's API schema: this subgraph's and the CRM's, composed. */
function gatewaySchema() {
  const result = composeServices(
    ['supergraph/crm/schema.graphql', 'schema.graphql'].map((file, i) => ({
      name: i === 0 ? 'crm' : 'sales',
      url: `http://${i}`,
      typeDefs: parse(readFileSync(path.join(root, file), 'utf8')),
    })),
  );
  if (!result.schema) throw new Error(JSON.stringify(result.errors));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

const schema = gatewaySchema();

function cost(query: string | DocumentNode, variables?: Record<string, unknown>) {
  const document = typeof query === 'string' ? parse(query) : query;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost(schema, document, operation, variables);
}

/** The attacker's query (bug 1): 20 aliases of every stage's whole column with its timelines. */
const attack = `{ ${Array.from(
  { length: 20 },
  (_, i) =>
    `a${i}: pipelines { stages { deals { id activities { id payload body } lead { activities { id payload } scoreHistory { factors(top: 100) { text } } } } } }`,
).join(' ')} }`;

/** The page sizes the SPA sends (boardPageSize, PAGE_SIZE, …), by operation. */
const SPA_FIRST: Record<string, number> = {
  BoardColumnPage: 40,
  DryRunRouting: 200,
  MyDay: 200,
  Search: 20,
  RoutingRuns: 25,
  AutomationRuns: 30,
  DryRunAutomation: 20,
};

describe('the cost of an operation counts list sizes (ADR 073)', () => {
  it('multiplies nested lists by their first, or their default when not given', () => {
    expect(cost('{ pipelines { id } }')).toBe(3);
    expect(cost('{ deal(id: "d") { activities(first: 10) { id } } }')).toBe(2 + 10 * 3);
    // The defaults: 100 activities, 50 snapshots of 5 factors.
    expect(cost('{ deal(id: "d") { activities { id } } }')).toBe(2 + 100 * 3);
    expect(cost('{ lead(id: "l") { scoreHistory { factors { text } } } }')).toBe(
      2 + 50 * (2 + 5 * 3),
    );
    // A variable's value, then the variable's default.
    expect(
      cost('query ($n: Int) { deal(id: "d") { activities(first: $n) { id } } }', { n: 7 }),
    ).toBe(2 + 7 * 3);
    expect(cost('query ($n: Int = 3) { deal(id: "d") { activities(first: $n) { id } } }')).toBe(
      2 + 3 * 3,
    );
    // A connection's first sizes its edges, not its totalCount.
    expect(cost('{ leads(first: 10) { totalCount edges { node { id } } } }')).toBe(
      2 + 1 + 10 * (2 + 2 + 1),
    );
  });

  it('prices the attacker query far over the limit, and refuses it early', () => {
    expect(cost(attack)).toBeGreaterThan(100 * GATEWAY_LIMITS.maxCost);
    const document = parse(attack);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationCost(schema, document, operation, {}, 20_000)).toBeGreaterThan(20_000);
  });

  it('stops a fragment bomb after a bounded number of selections', () => {
    const levels = 25;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Query { ${i === levels - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`,
    ).join('\n');
    const started = performance.now();
    expect(cost(`{ ...F0 }\n${fragments}`)).toBe(Infinity);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("lets every one of the SPA's queries and mutations through with the variables it sends", () => {
    const files = readdirSync(path.join(root, 'web/src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => path.join('web/src', file));
    const read = (lazy: boolean) =>
      parse(
        files
          .filter((file) => file.endsWith('.lazy.graphql') === lazy)
          .map((file) => readFileSync(path.join(root, file), 'utf8'))
          .join('\n'),
      );
    const costs: Record<string, number> = {};
    for (const document of [read(false), read(true)]) {
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = operation.name!.value;
        const first = SPA_FIRST[name] ?? 50;
        costs[name] = operationCost(schema, document, operation, { first, pageSize: 40 });
      }
    }
    expect(Object.keys(costs)).toEqual(
      expect.arrayContaining([
        'DealBoard',
        'LeadTable',
        'CustomerPage',
        'LeadPage',
        'DashboardPipeline',
      ]),
    );
    const refused = Object.entries(costs).filter(([, n]) => n > GATEWAY_LIMITS.maxCost);
    expect(refused).toEqual([]);
  });
});
