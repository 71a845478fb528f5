import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { signToken } from '../auth/signToken';
import { loadConfig } from '../config';
import { createApolloServer, formatError } from '../createApolloServer';
import { startSalesSubgraph, type SalesSubgraph } from '../main';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { createHttpServer, READY_TIMEOUT_MS } from './createHttpServer';
import { createAuthenticator } from '../auth/createAuthenticator';
import { createLogger } from './logger';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const SECRET = 'test-secret-for-hs256-signing-0123456789';
let db: TestDatabase;
let prod: SalesSubgraph;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 9, leads: 100, now: new Date('2026-11-01T00:00:00Z') });
  const config = {
    ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ROUTER_SECRET: 'router-pass' }),
    port: 0,
  };
  prod = await startSalesSubgraph({ config, db, devPrincipal: DEMO_PRINCIPAL });
  token = await signToken(DEMO_PRINCIPAL, SECRET);
});
afterAll(async () => {
  await prod?.close();
  await db?.drop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(prod.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'router-authorization': 'router-pass',
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('production mode', () => {
  it('answers a verified request', async () => {
    const { status, json } = await post({ query: '{ pipelines { name } }' });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });

  it('refuses requests without the router secret or a valid token with 401', async () => {
    expect(
      (await post({ query: '{ pipelines { name } }' }, { 'router-authorization': 'wrong' })).status,
    ).toBe(401);
    expect((await post({ query: '{ pipelines { name } }' }, { authorization: '' })).status).toBe(
      401,
    );
    const forged = await signToken(DEMO_PRINCIPAL, 'another-secret-another-secret-0000');
    const result = await post(
      { query: '{ pipelines { name } }' },
      { authorization: `Bearer ${forged}` },
    );
    expect(result.status).toBe(401);
    expect(result.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('turns off introspection and field suggestions', async () => {
    const introspection = await post({ query: '{ __schema { types { name } } }' });
    expect(introspection.json.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post({ query: '{ pipelines { nam } }' });
    expect(JSON.stringify(typo.json)).not.toMatch(/Did you mean/);
  });

  it('limits depth and aliases', async () => {
    const deep =
      '{ pipelines { stages { deals { stage { pipeline { stages { deals { stage { pipeline { stages { deals { stage { name } } } } } } } } } } } } }';
    expect((await post({ query: deep })).json.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: pipelines { id }`).join(' ')} }`;
    expect((await post({ query: aliases })).json.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a document over a limit as a validation error worded as what it is', async () => {
    const costly = '{ a: leads(first: 500) { edges { node { activities(first: 500) { id } } } } }';
    const deep =
      '{ pipelines { stages { deals { stage { pipeline { stages { deals { stage { pipeline { stages { deals { stage { name } } } } } } } } } } } } }';
    const directives = `{ pipelines { ${'... @include(if: true) { id } '.repeat(30)} } }`;
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: pipelines { id }`).join(' ')} }`;
    for (const [query, wording] of [
      [costly, /^Query Cost limit of 20000 exceeded, found \d+\.$/],
      [deep, /^Query depth limit of 12 exceeded, found \d+\.$/],
      [directives, /^Directives limit of 20 exceeded, found \d+\.$/],
      [aliases, /^Aliases limit of 20 exceeded, found \d+\.$/],
    ] as const) {
      const { status, json } = await post({ query });
      expect(status).toBe(400);
      expect(json.errors).toHaveLength(1);
      expect(json.errors?.[0]?.message).toMatch(wording);
      expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('prices one document again for each page size it is sent with', async () => {
    // The cost is remembered per document and page size: a cheap size first must not let a costly
    // one through, nor a costly one refuse a cheap one after it; an absent size takes its default.
    const query =
      'query ($n: Int = 5) { leads(first: $n) { edges { node { activities(first: 500) { id } } } } }';
    for (const [variables, refused] of [
      [{ n: 5 }, false],
      [{ n: 500 }, true],
      [{ n: 5 }, false],
      [{}, false],
      [{ n: 500 }, true],
    ] as const) {
      const { status, json } = await post({ query, variables });
      expect(status, JSON.stringify(variables)).toBe(refused ? 400 : 200);
      if (refused) expect(json.errors?.[0]?.message).toMatch(/^Query Cost limit of 20000 exceeded/);
      else expect(json.errors).toBeUndefined();
    }
  });

  it('refuses a number literal out of range as a validation error, not an argument error', async () => {
    for (const literal of ['1e400', '-1e400', `1${'0'.repeat(400)}.5`]) {
      const { status, json } = await post({
        query: `mutation { upsertCustomerSignals(input: { customerId: "cus-x", usageTrend: ${literal} }) { id } }`,
      });
      expect(status).toBe(400);
      expect(json.errors).toHaveLength(1);
      expect(json.errors?.[0]?.message).toMatch(
        /^The number .* is out of range: a Float must be finite/,
      );
      expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // The largest finite double is still a number (the argument's own bound then answers).
    const { status, json } = await post({
      query:
        'mutation { upsertCustomerSignals(input: { customerId: "cus-x", usageTrend: 1e308 }) { id } }',
    });
    expect(status).toBe(200);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses GET requests that could be cross-site forgeries (CSRF prevention)', async () => {
    const response = await fetch(
      `${prod.url}?query=${encodeURIComponent('{ pipelines { name } }')}`,
      {
        headers: { 'router-authorization': 'router-pass', authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses oversized bodies with 413', async () => {
    const { status } = await post({ query: `{ pipelines { name } } #${'x'.repeat(1_100_000)}` });
    expect(status).toBe(413);
  });

  it('closes the connection after a 413 to a chunked body, and says so: the next request goes on a new one', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string | null) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const request = http.request(
          prod.url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'router-authorization': 'router-pass',
              authorization: `Bearer ${token}`,
              ...(body === null ? { 'transfer-encoding': 'chunked' } : {}),
            },
          },
          (response) => {
            response.resume();
            response.on('end', () =>
              resolve({ status: response.statusCode!, connection: response.headers.connection }),
            );
          },
        );
        request.on('error', reject);
        if (body === null) {
          // 2 MB in chunks, with no length given: only reading it shows it is too large.
          const chunk = 'x'.repeat(64 * 1024);
          for (let i = 0; i < 32; i++) request.write(chunk);
          request.end();
        } else request.end(body);
      });
    const refused = await send(null);
    expect(refused).toEqual({ status: 413, connection: 'close' });
    const next = await send(JSON.stringify({ query: '{ pipelines { name } }' }));
    expect(next.status).toBe(200);
    agent.destroy();
  });

  it('masks internal errors but keeps client errors', () => {
    const format = formatError(true);
    const internal = format(
      {
        message: 'relation "Deal" does not exist at ...',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new Error('sql'),
    );
    expect(internal).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const client = format(
      {
        message: 'title: must not be empty',
        extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at y'] },
      },
      new Error(),
    );
    expect(client).toEqual({
      message: 'title: must not be empty',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('serves /health without the database and /ready with it', async () => {
    const origin = new URL(prod.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect(await (await fetch(`${origin}/ready`)).json()).toEqual({ status: 'ready' });
  });
});

describe('GET /ready', () => {
  it('answers 503 within READY_TIMEOUT_MS when the database takes the statement and never answers', async () => {
    const apollo = createApolloServer({ production: false });
    await apollo.start();
    const silent = new Proxy(db.prisma, {
      get: (target, key) =>
        key === '$queryRawUnsafe' ? () => new Promise(() => {}) : Reflect.get(target, key),
    });
    const server = createHttpServer({
      apollo,
      prisma: silent,
      authenticate: createAuthenticator({ developmentPrincipal: DEMO_PRINCIPAL }),
      maxRequestBytes: 1000,
      sendEvent: async () => {},
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const started = Date.now();
    const response = await fetch(`${origin}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      reason: 'database unreachable',
    });
    expect(Date.now() - started).toBeLessThan(READY_TIMEOUT_MS + 1_000);
    await server.shutdown(1_000);
    await apollo.stop();
  });
});

describe('GET /ready through an outage and back', () => {
  it('warns at the first failed probe and says when it is ready again, counting the failures', async () => {
    const apollo = createApolloServer({ production: false });
    await apollo.start();
    let down = true;
    const flaky = new Proxy(db.prisma, {
      get: (target, key) =>
        key === '$queryRawUnsafe'
          ? (sql: string) =>
              down ? Promise.reject(new Error('connect ECONNREFUSED')) : target.$queryRawUnsafe(sql)
          : Reflect.get(target, key),
    });
    const lines: { level: number; msg: string; failedProbes?: number }[] = [];
    const server = createHttpServer({
      apollo,
      prisma: flaky,
      authenticate: createAuthenticator({ developmentPrincipal: DEMO_PRINCIPAL }),
      maxRequestBytes: 1000,
      sendEvent: async () => {},
      logger: createLogger({
        level: 'debug',
        destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
      }),
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    for (let i = 0; i < 3; i++) expect((await fetch(`${origin}/ready`)).status).toBe(503);
    down = false;
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
    const said = lines
      .filter((l) => l.msg !== 'request')
      .map((l) => [l.level, l.msg, l.failedProbes]);
    expect(said).toEqual([
      [40, 'Not ready: database unreachable', undefined],
      [20, 'Not ready: database unreachable', 2],
      [20, 'Not ready: database unreachable', 3],
      [30, 'Ready again', 3],
    ]);
    await server.shutdown(1_000);
    await apollo.stop();
  });
});

describe('graceful shutdown', () => {
  it('drains in-flight requests and refuses new connections', async () => {
    const apollo = createApolloServer({ production: false });
    await apollo.start();
    let release!: () => void;
    // The drain is only tested once the request is inside the handler: a fixed wait let a slow
    // machine shut down before the request had arrived (nothing in flight, drained at once).
    let arrived!: () => void;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    const server = createHttpServer({
      apollo,
      prisma: db.prisma,
      authenticate: createAuthenticator({ developmentPrincipal: DEMO_PRINCIPAL }),
      maxRequestBytes: 1000,
      sendEvent: async () => {},
      routes: {
        '/slow': async (_request, response) => {
          const released = new Promise<void>((resolve) => (release = resolve));
          arrived();
          await released;
          response.end('done');
        },
      },
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const inFlight = fetch(`${origin}/slow`, { method: 'POST' });
    await inHandler;
    let drained = false;
    const draining = server.shutdown(10_000).then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(drained).toBe(false);
    await expect(fetch(`${origin}/health`)).rejects.toThrow();
    release();
    expect(await (await inFlight).text()).toBe('done');
    await draining;
    expect(drained).toBe(true);
    await apollo.stop();
  });
});
