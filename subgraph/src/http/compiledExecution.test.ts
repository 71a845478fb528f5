import {
  execute,
  getIntrospectionQuery,
  parse,
  type ExecutionResult,
  type GraphQLError,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaDocument, spaEntityDocument } from '../../../bench/support/spaDocuments';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createSchema } from '../createSchema';
import { createTestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { compileQuery } from 'graphql-jit';
import { compiledExecution } from './compiledExecution';
import { createContext } from './createContext';

const schema = createSchema();
let db: TestDatabase;
let executor: NonNullable<
  Awaited<ReturnType<ReturnType<typeof compiledExecution>['load']>>['executor']
>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 300 });
  // Compiled from the first use here, so that every comparison below runs compiled code.
  const gateway = compiledExecution(schema, { compileAfter: 0 });
  executor = (await gateway.load({ apollo: { keyHash: '', graphRef: '' } })).executor!;
});
afterAll(() => db?.drop());

const context = () => createContext(db.prisma, DEMO_PRINCIPAL, async () => {});

/** What a client receives of a result: the data and each error's public fields. */
const answer = (result: ExecutionResult) =>
  JSON.stringify({
    data: result.data,
    errors: result.errors?.map((e: GraphQLError) => ({
      message: e.message,
      path: e.path,
      locations: e.locations,
      extensions: e.extensions,
      original: e.originalError?.constructor.name,
    })),
  });

async function bothWays(text: string, variables: Record<string, unknown>) {
  const document = parse(text);
  const byGraphqlJs = await execute({
    schema,
    document,
    variableValues: variables,
    contextValue: context(),
  });
  const compiled = () =>
    executor({
      document,
      request: { query: text, variables },
      context: context(),
    } as never);
  // Twice: the second run reads the compiled query from the cache.
  await compiled();
  return { expected: answer(byGraphqlJs), actual: answer(await compiled()) };
}

describe('operations compiled with graphql-jit (ADR 047)', () => {
  it('answer the SPA’s documents exactly as graphql-js does', async () => {
    const firstDeal = await db.prisma.deal.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const firstLead = await db.prisma.lead.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const customers = await db.prisma.deal.findMany({
      select: { customerId: true },
      where: { customerId: { not: null } },
      distinct: ['customerId'],
      take: 20,
    });
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'DealBoard',
        spaDocument('DealBoard', schema),
        { pipelineId: 'pl-new', filter: null, openFilter: { status: 'OPEN' }, pageSize: 40 },
      ],
      ['Pipelines', spaDocument('Pipelines', schema), {}],
      ['DealPage', spaDocument('DealPage', schema), { id: firstDeal.id }],
      ['LeadPage', spaDocument('LeadPage', schema), { id: firstLead.id }],
      [
        'LeadTable',
        spaDocument('LeadTable', schema),
        { orderBy: { field: 'SCORE', direction: 'DESC' }, first: 50 },
      ],
      [
        'CustomerPage as the gateway asks for it',
        spaEntityDocument('CustomerPage', 'Customer', schema),
        {
          representations: customers.map((c) => ({ __typename: 'Customer', id: c.customerId })),
        },
      ],
    ];
    for (const [name, text, variables] of cases) {
      const { expected, actual } = await bothWays(text, variables);
      expect(expected, name).not.toMatch(/"errors":\[/);
      expect(actual, name).toBe(expected);
    }
  });

  it('answer what graphql-js answers for the language’s corners: directives, defaults, aliases, fragments, unions, lists, custom scalars, introspection', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { customerId: { not: null } },
      orderBy: { id: 'asc' },
    });
    const leads = await db.prisma.lead.findMany({ take: 3, orderBy: { id: 'asc' } });
    const ids = leads.map((l) => l.id);
    const cases: [string, string, Record<string, unknown>][] = [
      [
        '@skip and @include by variable, and variable defaults',
        `query ($with: Boolean!, $without: Boolean = true, $first: Int = 3) {
          leads(first: $first) {
            totalCount
            edges { node { id name @include(if: $with) email @skip(if: $without) } }
          }
        }`,
        { with: true },
      ],
      [
        'aliases of one field with other arguments, fragments and inline fragments',
        `query ($a: ID!, $b: ID!) {
          first: lead(id: $a) { ...L }
          second: lead(id: $b) { ... on Lead { id score } }
          missing: lead(id: "no-such-lead") { id }
          pipelines(includeArchived: true) { __typename id stages { id kind } }
        }
        fragment L on Lead { __typename id name status scoreHistory(first: 2) { score } }`,
        { a: ids[0], b: ids[1] },
      ],
      [
        'enums, lists of enums, Decimal and ID lists from variables and from literals',
        `query ($statuses: [LeadStatus!], $min: Decimal, $c: ID) {
          byVariable: leads(filter: { status: $statuses }, first: 5) { edges { node { id status } } }
          byLiteral: leads(filter: { status: [NEW, QUALIFIED] }, first: 5) { edges { node { id } } }
          deals(filter: { minValue: $min, customerId: $c }, orderBy: { field: CREATED_AT, direction: DESC }, first: 5) {
            edges { node { id value currency expectedCloseDate } }
          }
          literalDecimal: deals(filter: { minValue: "1000.50" }, first: 2) { totalCount }
        }`,
        { statuses: ['NEW', 'WORKING'], min: '10', c: deal.customerId },
      ],
      [
        'the entity union with __typename, by representations in a variable',
        `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Customer { id leadScore { score band } } ... on Lead { id name } } }`,
        {
          r: [
            { __typename: 'Customer', id: deal.customerId },
            { __typename: 'Lead', id: ids[2] },
          ],
        },
      ],
      ['the introspection query', getIntrospectionQuery(), {}],
      ['the service SDL', '{ _service { sdl } }', {}],
    ];
    for (const [name, text, variables] of cases) {
      const { expected, actual } = await bothWays(text, variables);
      expect(expected, name).not.toMatch(/"errors":\[/);
      expect(actual, name).toBe(expected);
    }
  });

  it('compile each operation of a document on its own, by the operation name asked for', async () => {
    const text = `query Users { users { id } } query Sources { leadSources }`;
    const document = parse(text);
    for (const operationName of ['Users', 'Sources', 'Users']) {
      const expected = await execute({ schema, document, operationName, contextValue: context() });
      const actual = await executor({
        document,
        operationName,
        request: { query: text, operationName },
        context: context(),
      } as never);
      expect(answer(actual)).toBe(answer(expected));
      expect(Object.keys(actual.data ?? {})).toEqual([
        operationName === 'Users' ? 'users' : 'leadSources',
      ]);
    }
  });

  it('compile a document only when it is used again: one sent once costs no compilation', async () => {
    const compiles: string[] = [];
    const compile: typeof compileQuery = (...args) => {
      compiles.push(args[2] ?? '');
      return compileQuery(...args);
    };
    const once = (await compiledExecution(schema, { compile }).load({} as never)).executor!;
    const text = `query Sources { leadSources }`;
    const document = parse(text);
    const run = () => once({ document, request: { query: text }, context: context() } as never);
    const expected = answer(await execute({ schema, document, contextValue: context() }));
    expect(answer(await run())).toBe(expected);
    expect(compiles).toEqual([]);
    expect(answer(await run())).toBe(expected);
    expect(answer(await run())).toBe(expected);
    expect(compiles).toEqual(['']);
  });

  it('answer an error in a resolver as graphql-js does, beside the data', async () => {
    const { expected, actual } = await bothWays(
      `query ($id: ID!) { pipelines { id } deal(id: $id) { id title } }`,
      { id: '' },
    );
    expect(expected).toMatch(/"errors":\[/);
    expect(actual).toBe(expected);
  });

  it('leave a variable inside a custom scalar literal to graphql-js, which puts its value there', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { customerId: { not: null } },
      orderBy: { id: 'asc' },
    });
    const { expected, actual } = await bothWays(
      `query ($c: ID!) {
        deals(filter: { customerId: $c }, first: 5) { edges { node { id } } }
        _entities(representations: [{ __typename: "Customer", id: $c }]) { ... on Customer { deals { id } } }
      }`,
      { c: deal.customerId },
    );
    expect(expected).toContain(deal.id);
    expect(expected).not.toMatch(/"errors":\[/);
    expect(actual).toBe(expected);
  });

  it('leave variables that do not coerce to graphql-js: BAD_USER_INPUT with its message, in production too', async () => {
    const query = `query ($first: Int) { leads(first: $first) { totalCount } }`;
    const { expected, actual } = await bothWays(query, { first: 'ten' });
    expect(actual).toBe(expected);
    for (const production of [false, true]) {
      const { errors } = await createTestApi(db.prisma, DEMO_PRINCIPAL, production).run(query, {
        first: 'ten',
      });
      expect(errors).toHaveLength(1);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value "ten"/);
    }
  });

  it('give resolver errors that production’s error handling can rewrite (not graphql-jit’s read-only ones)', async () => {
    const { errors } = await createTestApi(db.prisma, DEMO_PRINCIPAL, true).run(
      `mutation { createLead(input: { name: "Ad\\u0000a", source: "web" }) { id } }`,
    );
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'name: must not contain NUL characters or unpaired UTF-16 surrogates',
        path: ['createLead'],
        extensions: { code: 'BAD_USER_INPUT', field: 'name' },
      }),
    ]);
  });
});
