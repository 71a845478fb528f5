import type { GraphQLInputObjectType, GraphQLEnumType, GraphQLType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { databaseFingerprint } from './databaseFingerprint';
import {
  isList,
  isNonNull,
  kindOf,
  namedType,
  operationOf,
  rootFields,
  selectionOf,
  typeNamed,
  unwrap,
  type RootField,
} from './schemaOperations';
import { kindOfId, seedTwoTenants, TENANT_A, TENANT_B, type TenantIds } from './twoTenants';

// Written into every text column of tenant A's rows: if it ever reaches tenant B, A's data leaked.
const SECRET = 'A-SECRET-7f3c';
const MARKED: [table: string, column: string][] = [
  ['Deal', 'title'],
  ['Lead', 'name'],
  ['Pipeline', 'name'],
  ['PipelineStage', 'name'],
  ['User', 'name'],
  ['Customer', 'industry'],
  ['Activity', 'body'],
  ['PlannedActivity', 'subject'],
  ['RoutingRule', 'name'],
  ['Automation', 'name'],
];

let db: TestDatabase;
let api: TestApi;
let a: TenantIds;
let versionOfA: number;
let leakedIds: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  api = createTestApi(db.prisma, TENANT_B, true);
  ({ a } = await seedTwoTenants(db.prisma, api));
  for (const [table, column] of MARKED)
    await db.prisma.$executeRawUnsafe(
      `UPDATE "${table}" SET "${column}" = coalesce("${column}", '') || ' ${SECRET}' WHERE "tenantId" = $1`,
      TENANT_A.tenantId,
    );
  versionOfA = (await db.prisma.deal.findUniqueOrThrow({ where: { id: a.deal[0]! } })).version;
  // Customer ids are global (the CRM subgraph owns customers): B may name one and get its id back.
  leakedIds = a.all.filter((id) => !a.customer.includes(id));
  // Tenant B's first scoring read stores its prior model: not a write to tenant A, but done first.
  await api.run('{ activeScoringModel { id } }');
});
afterAll(() => db?.drop());

/** A sound value of `type` for `name`, naming tenant A's rows wherever an id goes. */
function soundValue(type: GraphQLType, name: string, operation: string): unknown {
  if (isList(unwrap(type)) || isList(type)) {
    const item = soundValue(unwrap(isNonNull(type) ? unwrap(type) : type), name, operation);
    return item === null ? null : [item];
  }
  const named = namedType(type);
  const required = isNonNull(type);
  switch (kindOf(named)) {
    case 'GraphQLEnumType':
      return (named as GraphQLEnumType).getValues()[0]!.name;
    case 'GraphQLInputObjectType': {
      const fields = Object.values((named as GraphQLInputObjectType).getFields());
      const value = Object.fromEntries(
        fields
          .map((f) => [f.name, soundValue(f.type, f.name, operation)] as const)
          .filter(([, v]) => v !== null),
      );
      return required || Object.keys(value).length > 0 ? value : null;
    }
  }
  if (named.name === 'ID') {
    const kind = kindOfId(operation, name);
    return a[kind][0] ?? a.all[0];
  }
  if (!required) return null;
  const byName: Record<string, unknown> = {
    expectedVersion: versionOfA,
    position: 0,
    currency: 'USD',
    month: '2026-12',
    csv: 'name,source,createdAt,outcome,outcomeAt\nProbe,web,2026-01-01,WON,2026-02-01',
  };
  if (name in byName) return byName[name];
  const byType: Record<string, unknown> = {
    String: 'Probe',
    Int: 12,
    Float: 0.5,
    Boolean: true,
    Decimal: '10.00',
    Date: '2026-12-31',
    DateTime: '2026-05-01T10:00:00Z',
    JSON: {},
  };
  return byType[named.name] ?? null;
}

/** The ids of tenant A a call's variables name, where the argument's kind of row is known. */
function namedIdsOfA(field: RootField, variables: Record<string, unknown>): string[] {
  const named: string[] = [];
  const visit = (value: unknown, name: string) => {
    if (typeof value === 'string' && a.all.includes(value) && kindOfId(field.name, name) !== 'all')
      named.push(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, name));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, key);
  };
  for (const [name, value] of Object.entries(variables)) visit(value, name);
  return named;
}

async function asTenantB(field: RootField, root: 'query' | 'mutation') {
  const variables = Object.fromEntries(
    field.args.map((arg) => [arg.name, soundValue(arg.type, arg.name, field.name)]),
  );
  const before = await databaseFingerprint(db.prisma, TENANT_A.tenantId);
  let result = await api.run(operationOf(root, field, selectionOf(field.type, 1)), variables);
  if (result.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'))
    result = await api.run(operationOf(root, field), variables);
  return {
    variables,
    result,
    before,
    after: await databaseFingerprint(db.prisma, TENANT_A.tenantId),
  };
}

function expectNoLeak(
  data: unknown,
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined,
  what: string,
  echoed: string[] = [],
) {
  const text = JSON.stringify(data ?? null);
  expect(text, `${what} returned tenant A's data`).not.toContain(SECRET);
  for (const id of leakedIds.filter((id) => !echoed.includes(id)))
    expect(text, `${what} returned tenant A's ${id}`).not.toContain(`"${id}"`);
  for (const error of errors ?? []) {
    expect(error.extensions?.code, `${what}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message, what).not.toContain(SECRET);
  }
}

const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];

describe('tenant B naming tenant A’s rows (issue 10)', () => {
  it.each(
    rootFields('Query')
      .filter((f) => f.name !== '_entities')
      .map((f) => [f.name, f] as const),
  )('query %s: nothing of tenant A comes back, nothing of A changes', async (name, field) => {
    const { variables, result, before, after } = await asTenantB(field, 'query');
    expectNoLeak(result.data, result.errors, name, namedIdsOfA(field, variables));
    expect(after, name).toEqual(before);
  });

  it.each(rootFields('Mutation').map((f) => [f.name, f] as const))(
    'mutation %s: refused when it names tenant A’s rows, and A is unchanged',
    async (name, field) => {
      const { variables, result, before, after } = await asTenantB(field, 'mutation');
      const named = namedIdsOfA(field, variables);
      expectNoLeak(result.data, result.errors, name, named);
      expect(after, name).toEqual(before);
      if (named.length > 0) {
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        expect(
          codes.length,
          `${name} accepted tenant A's ids ${JSON.stringify(variables)}`,
        ).toBeGreaterThan(0);
        for (const code of codes) expect(REFUSALS, name).toContain(code);
      }
    },
  );

  it.each(['Deal', 'Lead', 'Customer'])(
    'a forged _entities representation of A’s %s resolves to nothing of A',
    async (type) => {
      const id = { Deal: a.deal[0], Lead: a.lead[0], Customer: a.customer[0] }[type]!;
      const before = await databaseFingerprint(db.prisma, TENANT_A.tenantId);
      const result = await api.run<{ _entities: unknown[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} ${selectionOf(typeNamed(type), 1)} } }`,
        { r: [{ __typename: type, id }] },
      );
      expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
      expectNoLeak(result.data, result.errors, '_entities', [id]);
      // A customer is global (the CRM owns it): B sees the id it named and only its own sales side.
      if (type !== 'Customer') expect(result.data?._entities).toEqual([null]);
      expect(await databaseFingerprint(db.prisma, TENANT_A.tenantId)).toEqual(before);
    },
  );
});
