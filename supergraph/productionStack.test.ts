import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { signToken } from '../subgraph/src/auth/signToken';
import { loadConfig } from '../subgraph/src/config';
import { createLogger } from '../subgraph/src/http/logger';
import { createTestDatabase, type TestDatabase } from '../subgraph/src/testing/createTestDatabase';
import { startStack } from './startStack';

/**
 * The local stack in production mode (JWT_SECRET, ROUTER_SECRET), attacked through the gateway and
 * directly at the sales subgraph: the gateway loads the schema with the router secret, every query
 * limit is a 400 (413 for the body), never a 500, field suggestions are off, the router secret and
 * token expiry are enforced, and the subgraph's error codes and messages reach gateway clients.
 */
const SECRET = 'production-stack-test-secret-0123456789';
const ROUTER_SECRET = 'production-stack-router-secret';
let db: TestDatabase;
let stack: Awaited<ReturnType<typeof startStack>>;
let token: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 7, leads: 60 });
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: SECRET,
    ROUTER_SECRET,
    LOG_LEVEL: 'debug',
  });
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  stack = await startStack({
    config: { ...config, port: 0 },
    gatewayPort: 0,
    crmPort: 0,
    seedIfEmpty: false,
    db,
    logger: createLogger({ level: 'debug', destination }),
  });
  token = await signToken(DEMO_PRINCIPAL, SECRET);
});
afterAll(async () => {
  await stack?.stop();
  await db?.drop();
});

type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function post(
  target: 'gateway' | 'subgraph',
  body: unknown,
  headers: Record<string, string> = {},
) {
  const url = target === 'gateway' ? stack.gateway.url : stack.sales.url;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(target === 'subgraph' ? { 'router-authorization': ROUTER_SECRET } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphQLBody = {};
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    // not JSON: asserted by the caller through status
  }
  return { status: response.status, json, text, headers: response.headers };
}

const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: pipelines { id }`).join(' ')} }`;
const tokens = (n: number) => `{ pipelines { ${'id '.repeat(n)} } }`;
const fragmentChain = (n: number) =>
  `query { ...f0 } ${Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `fragment f${i} on Query { pipelines { id } }`
      : `fragment f${i} on Query { ...f${i + 1} }`,
  ).join(' ')}`;
const deep =
  '{ pipelines { stages { deals { stage { pipeline { stages { deals { stage { pipeline { stages { deals { stage { name } } } } } } } } } } } } }';
const directives = `{ pipelines { id ${'@include(if: true) '.repeat(30)} } }`;

describe('production start', () => {
  it('the gateway loads the schema with the router secret and answers a signed cross-subgraph query', async () => {
    const { status, json } = await post('gateway', {
      query: '{ customers(first: 100) { id name deals(first: 20) { id } } }',
    });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect((json.data?.customers as unknown[]).length).toBeGreaterThan(0);
  });

  it('the gateway answers GET /health (liveness) without a token', async () => {
    const response = await fetch(new URL('/health', stack.gateway.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it("the CRM's customers need a token too: none, a forged one, or a direct call without the router secret get nothing", async () => {
    const query = { query: '{ customers(first: 3) { id name mrr healthScore } }' };
    const anonymous = await post('gateway', query, { authorization: '' });
    expect(anonymous.json.data?.customers ?? null).toBeNull();
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.text).not.toMatch(/mrr":"\d/);
    const forged = await post('gateway', query, {
      authorization: `Bearer ${await signToken(DEMO_PRINCIPAL, 'another-secret-0123456789abcdef')}`,
    });
    expect(forged.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect([anonymous.status, forged.status]).toEqual([401, 401]);
    // A nullable field refused is data { me: null }: still nothing served, still 401 (a stranger
    // got 200 and me: null, which reads as "signed in as nobody").
    const me = await post('gateway', { query: '{ me { id } }' }, { authorization: '' });
    expect(me.json).toMatchObject({
      data: { me: null },
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(me.status).toBe(401);
    const direct = await fetch(stack.crm.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(query),
    });
    const directBody = (await direct.json()) as GraphQLBody;
    expect(directBody.data ?? null).toBeNull();
    expect(directBody.errors?.[0]?.message).toBe('Requests must come through the router');
    const signed = await post('gateway', query);
    expect(signed.json.errors).toBeUndefined();
    expect(signed.json.data?.customers).toHaveLength(3);
  });

  it('refuses to start without ROUTER_SECRET, or without JWT_SECRET/JWKS_URL, naming the setting', async () => {
    await expect(
      startStack({
        config: { ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }), port: 0 },
        gatewayPort: 0,
        crmPort: 0,
        seedIfEmpty: false,
        db,
      }),
    ).rejects.toThrow(/NODE_ENV=production needs ROUTER_SECRET/);
    await expect(
      startStack({
        config: { ...loadConfig({ NODE_ENV: 'production', ROUTER_SECRET }), port: 0 },
        gatewayPort: 0,
        crmPort: 0,
        seedIfEmpty: false,
        db,
      }),
    ).rejects.toThrow(/NODE_ENV=production needs JWT_SECRET or JWKS_URL/);
  });
});

describe.each(['gateway', 'subgraph'] as const)(
  'limits at the %s: 400 or 413, never 500',
  (target) => {
    const overTokens = target === 'gateway' ? 5_000 : 10_000;
    it.each([
      ['1,000 aliases', () => aliases(1_000), /alias|token/i],
      [`a ${overTokens}-token query`, () => tokens(overTokens), /token/i],
      ['a 3,000-fragment chain', () => fragmentChain(3_000), /token/i],
      ['depth 16', () => deep, /depth/i],
      ['30 directives', () => directives, /directive/i],
      ['25 aliases', () => aliases(25), /alias/i],
    ])('%s → 400', async (_name, query, message) => {
      const started = Date.now();
      const { status, json } = await post(target, { query: query() });
      expect(status).toBe(400);
      expect(json.errors?.[0]?.message).toMatch(message);
      expect(json.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('a 2 MB body → 413', async () => {
      const { status, json } = await post(target, {
        query: `{ pipelines { id } } #${'x'.repeat(2_000_000)}`,
      });
      expect(status).toBe(413);
      expect(json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('malformed bodies → 400', async () => {
      const notJson = await post(target, '{ not json');
      expect(notJson.status).toBe(400);
      expect(notJson.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect((await post(target, [{ query: '{ pipelines { id } }' }])).status).toBe(400);
      expect((await post(target, { query: 42 })).status).toBe(400);
    });

    it('an operation name the document lacks, or several operations and none named → 400 OPERATION_RESOLUTION_FAILURE', async () => {
      for (const body of [
        { query: 'query A { pipelines { id } }', operationName: 'B' },
        { query: 'query A { pipelines { id } } query B { pipelines { name } }' },
      ]) {
        const { status, json } = await post(target, body);
        expect(status).toBe(400);
        expect(json.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      }
      const named = await post(target, {
        query: 'query A { pipelines { id } } query B { pipelines { name } }',
        operationName: 'B',
      });
      expect(named.status).toBe(200);
      expect(named.json.errors).toBeUndefined();
    });

    it('no field suggestions and no introspection', async () => {
      const typo = await post(target, { query: '{ pipelines { nam } }' });
      expect(typo.status).toBe(400);
      expect(typo.text).not.toMatch(/Did you mean/);
      const introspection = await post(target, { query: '{ __schema { types { name } } }' });
      expect(introspection.status).toBe(400);
      expect(introspection.json.errors?.[0]?.message).toMatch(/introspection/i);
    });

    it('the cost counts list sizes: the whole board with every timeline, 20 times over → 400 (an attacker stalled the service with it)', async () => {
      const attack = `{ ${Array.from(
        { length: 20 },
        (_, i) =>
          `a${i}: pipelines { stages { deals { id activities { id payload body } lead { activities { id payload } scoreHistory { factors(top: 100) { text } } } } } }`,
      ).join(' ')} }`;
      const started = Date.now();
      const { status, json } = await post(target, { query: attack });
      expect(status).toBe(400);
      expect(json.errors?.[0]?.message).toMatch(/^Query Cost limit of \d+ exceeded/);
      expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(Date.now() - started).toBeLessThan(5_000);
      // A list size given by a variable counts too.
      const sized = await post(target, {
        query:
          'query ($n: Int) { pipelines { stages { deals(first: $n) { activities(first: $n) { id } } } } }',
        variables: { n: 500 },
      });
      expect(sized.status).toBe(400);
      expect(sized.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('a JSON variable nested 6,000 deep → 400 BAD_USER_INPUT (the gateway overflowed its stack)', async () => {
      // Written out: JSON.stringify itself overflows on a value this deep.
      const nested = `${'['.repeat(6_000)}1${']'.repeat(6_000)}`;
      const query =
        'mutation ($m: JSON) { createLead(input: { name: "Deep", source: "web", metadata: $m }) { id } }';
      const { status, json } = await post(
        target,
        `{"query":${JSON.stringify(query)},"variables":{"m":{"a":${nested}}}}`,
      );
      expect(status).toBe(400);
      expect(json.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(json.errors?.[0]?.message).toMatch(/\$m/);
    });

    it('no enum value suggestions, in a literal or a variable', async () => {
      const rule = (operator: string) =>
        `{ name: "R", conditions: [{ field: "country", operator: ${operator} }], assignment: USER, ownerIds: [] }`;
      const literal = await post(target, {
        query: `{ dryRunRouting(rules: [${rule('EQUAL')}]) { evaluated } }`,
      });
      expect(literal.status).toBe(400);
      expect(literal.text).toMatch(/EQUAL/);
      expect(literal.text).not.toMatch(/Did you mean|EQUALS/);
      const variable = await post(target, {
        query: 'query ($r: [RoutingRuleInput!]) { dryRunRouting(rules: $r) { evaluated } }',
        variables: {
          r: [
            {
              name: 'R',
              conditions: [{ field: 'country', operator: 'EQUAL' }],
              assignment: 'USER',
              ownerIds: [],
            },
          ],
        },
      });
      expect(variable.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.text).toMatch(/EQUAL/);
      expect(variable.text).not.toMatch(/Did you mean|EQUALS/);
    });

    it('refuses a token without exp, an expired or forged token (401 with UNAUTHENTICATED, directly and through the gateway)', async () => {
      const key = new TextEncoder().encode(SECRET);
      const claims = { tenant_id: DEMO_PRINCIPAL.tenantId, role: 'admin' };
      const noExp = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(DEMO_PRINCIPAL.userId)
        .setIssuedAt()
        .sign(key);
      const expired = await signToken(DEMO_PRINCIPAL, SECRET, '-1m');
      const forged = await signToken(DEMO_PRINCIPAL, 'another-secret-another-secret-0000');
      for (const bad of [noExp, expired, forged, '']) {
        const { status, json } = await post(
          target,
          { query: '{ pipelines { id } }' },
          { authorization: bad ? `Bearer ${bad}` : '' },
        );
        expect(status).toBe(401);
        expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(json.data ?? null).toBeNull();
      }
    });
  },
);

describe('the router secret', () => {
  it('is required at the subgraph, also for the schema, which needs nothing else', async () => {
    const query = { query: '{ pipelines { id } }' };
    expect((await post('subgraph', query, { 'router-authorization': '' })).status).toBe(401);
    expect((await post('subgraph', query, { 'router-authorization': 'wrong' })).status).toBe(401);
    // The router's secret alone is not a user.
    expect((await post('subgraph', query, { authorization: '' })).status).toBe(401);
    const sdl = { query: 'query __ApolloGetServiceDefinition__ { _service { sdl } }' };
    const loaded = await post('subgraph', sdl, { authorization: '' });
    expect(loaded.status).toBe(200);
    expect((loaded.json.data?._service as { sdl: string }).sdl).toContain('type Deal');
    expect(
      (await post('subgraph', sdl, { authorization: '', 'router-authorization': 'wrong' })).status,
    ).toBe(401);
    // Only the SDL: anything beside it needs a user's token.
    const more = { query: '{ _service { sdl } pipelines { id } }' };
    expect((await post('subgraph', more, { authorization: '' })).status).toBe(401);
  });
});

describe('errors through the gateway', () => {
  it('keeps the subgraph codes and messages (HTTP 200 resolver errors and HTTP 400 input errors)', async () => {
    const empty = { query: 'mutation { createPipeline(name: "") { id } }' };
    const direct = await post('subgraph', empty);
    const viaGateway = await post('gateway', empty);
    expect(direct.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(viaGateway.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(viaGateway.json.errors?.[0]?.message).toBe(direct.json.errors?.[0]?.message);

    // A Decimal the gateway cannot check: the subgraph refuses the variable with HTTP 400.
    const stages = await post('subgraph', { query: '{ pipelines { stages { id } } }' });
    const stageId = (stages.json.data?.pipelines as { stages: { id: string }[] }[])[0]!.stages[0]!
      .id;
    const badValue = {
      query: 'mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }',
      variables: { input: { title: 'T', value: 'twelve', stageId } },
    };
    const directBad = await post('subgraph', badValue);
    expect(directBad.status).toBe(400);
    expect(directBad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const gatewayBad = await post('gateway', badValue);
    expect(gatewayBad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gatewayBad.json.errors?.[0]?.message).toBe(directBad.json.errors?.[0]?.message);
    expect(gatewayBad.text).not.toMatch(/400: Bad Request|INTERNAL_SERVER_ERROR/);
  });
});

describe('request ids', () => {
  it('echoes the caller’s x-request-id, passes it to the subgraph, and makes one when absent', async () => {
    const { headers } = await post(
      'gateway',
      { query: 'query Named { pipelines { id } }' },
      { 'x-request-id': 'req-prod-test-1' },
    );
    expect(headers.get('x-request-id')).toBe('req-prod-test-1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const services = logs
      .filter((line) => line.requestId === 'req-prod-test-1')
      .map((line) => line.service);
    expect(services).toContain('gateway');
    expect(services).toContain('sales');
    const generated = (await post('gateway', { query: '{ pipelines { id } }' })).headers.get(
      'x-request-id',
    );
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await post(
      'subgraph',
      { query: '{ pipelines { id } }' },
      { 'x-request-id': 'bad id <script>' },
    );
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
