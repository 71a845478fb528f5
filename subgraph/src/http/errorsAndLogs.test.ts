import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { createAuthenticator } from '../auth/createAuthenticator';
import { createApolloServer } from '../createApolloServer';
import { PrismaClient } from '../db/generated/client';
import { OUTAGE_LOG_EVERY_MS } from './apolloPlugins';
import { createHttpServer } from './createHttpServer';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import type { GracefulServer } from './gracefulServer';
import { createLogger } from './logger';

/**
 * Production-mode subgraph in front of a database that is down (nothing listens on its port), and
 * in front of one that fails with a bug: clients get SERVICE_UNAVAILABLE with HTTP 503 for the
 * first and a masked INTERNAL_SERVER_ERROR for the second; the operator gets a JSON log line with
 * the request id, the operation name and the cause.
 */
type Started = { url: string; server: GracefulServer; stop(): Promise<void> };
const logs: Record<string, unknown>[] = [];

async function start(prisma: PrismaClient): Promise<Started> {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ service: 'sales', level: 'debug', destination });
  const apollo = createApolloServer({ production: true, logger });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    prisma,
    authenticate: createAuthenticator({ developmentPrincipal: DEMO_PRINCIPAL }),
    maxRequestBytes: 100_000,
    sendEvent: async () => {},
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`,
    server,
    stop: async () => {
      await server.shutdown(1_000);
      await apollo.stop();
    },
  };
}

async function post(url: string, query: string, requestId: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    json: (await response.json()) as {
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('a database outage', () => {
  let down: PrismaClient;
  let subgraph: Started;
  beforeAll(async () => {
    down = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: 'postgresql://postgres@127.0.0.1:9/none',
        connectionTimeoutMillis: 1_000,
      }),
    });
    subgraph = await start(down);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await down?.$disconnect();
  });

  it('is SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, logged as a warning with the request id and operation', async () => {
    const { status, json, retryAfter } = await post(
      subgraph.url,
      'query Board { pipelines { id } }',
      'outage-1',
    );
    expect(status).toBe(503);
    expect(retryAfter).toBe('5');
    expect(json.errors?.[0]).toMatchObject({
      message: 'Service temporarily unavailable; retry the request',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(JSON.stringify(json)).not.toMatch(/9\/none|P1001|prisma/i);
    const line = logs.find((entry) => entry.requestId === 'outage-1' && entry.level === 40);
    expect(line).toMatchObject({
      service: 'sales',
      operationName: 'Board',
      code: 'SERVICE_UNAVAILABLE',
      msg: 'Service unavailable',
    });
    expect(JSON.stringify(line?.err)).toMatch(/P1001|DatabaseNotReachable/);
  });

  it('thins out its warnings: one with the cause, then one per 5 s counting the refusals between; no access-log warning per 503', async () => {
    const from = logs.length;
    for (let i = 0; i < 10; i++) {
      const { status } = await post(subgraph.url, '{ pipelines { id } }', `outage-burst-${i}`);
      expect(status).toBe(503);
    }
    const warnings = () => logs.slice(from).filter((entry) => entry.level === 40);
    // The first request's warning (above) was under 5 s ago: these ten add none.
    expect(warnings()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_LOG_EVERY_MS));
    await post(subgraph.url, '{ pipelines { id } }', 'outage-after');
    expect(warnings()).toEqual([
      expect.objectContaining({
        requestId: 'outage-after',
        msg: 'Service unavailable',
        refusedSinceLastWarning: 10,
      }),
    ]);
    // Each request is still in the log, at debug.
    expect(
      logs.slice(from).filter((entry) => entry.msg === 'request' && entry.status === 503),
    ).toHaveLength(11);
  }, 20_000);

  it('makes /ready answer 503 while /health stays 200, warning once for the failed probes', async () => {
    const origin = new URL(subgraph.url).origin;
    const from = logs.length;
    for (let i = 0; i < 4; i++) expect((await fetch(`${origin}/ready`)).status).toBe(503);
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    const probes = logs.slice(from).filter((e) => e.msg === 'Not ready: database unreachable');
    // One warning with the cause, then debug lines that count (each probe warned with a stack).
    expect(probes.map((e) => e.level)).toEqual([40, 20, 20, 20]);
    expect(probes[0]).toHaveProperty('err');
    expect(probes[3]).toMatchObject({ failedProbes: 4 });
    expect(probes[3]).not.toHaveProperty('err');
  });
});

describe('an internal error', () => {
  let subgraph: Started;
  beforeAll(async () => {
    // Every model call fails the way a bug would, with a cause.
    const failing = new Proxy(
      {},
      {
        get: (_target, property) =>
          property === 'then'
            ? undefined
            : new Proxy(() => {}, {
                get: () => () =>
                  Promise.reject(
                    new Error('column "stage_secret" does not exist', {
                      cause: new Error('root cause: migration 42 not applied'),
                    }),
                  ),
              }),
      },
    ) as PrismaClient;
    subgraph = await start(failing);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  it('is masked for the client and logged with its cause, the request id and the operation name', async () => {
    const { status, json } = await post(
      subgraph.url,
      'query Pipelines { pipelines { id } }',
      'bug-1',
    );
    expect(status).toBe(200);
    expect(json.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(json)).not.toMatch(/stage_secret|root cause/);
    const line = logs.find((entry) => entry.requestId === 'bug-1' && entry.level === 50);
    expect(line).toMatchObject({
      service: 'sales',
      operationName: 'Pipelines',
      path: 'pipelines',
      msg: 'GraphQL internal error',
    });
    expect(JSON.stringify(line?.err)).toMatch(/stage_secret/);
    expect(JSON.stringify(line?.err)).toMatch(/root cause: migration 42 not applied/);
    // Every request has one access line with its status.
    expect(
      logs.find((entry) => entry.requestId === 'bug-1' && entry.msg === 'request'),
    ).toMatchObject({ status: 200, method: 'POST', path: '/graphql' });
  });
});

describe('isDatabaseUnavailable', () => {
  it('knows outages from bugs', () => {
    expect(isDatabaseUnavailable({ code: 'P1001' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('x', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: 'P2010',
        meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
      }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({ originalError: { message: 'Connection terminated unexpectedly' } }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('Client has encountered a connection error and is not queryable'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2002' })).toBe(false);
    // The statement timeout (waiting on a lock held too long) and lock_not_available: retryable.
    // ... and a transaction ended for a deadlock or a serialization failure (ADR 089).
    expect(isDatabaseUnavailable({ code: 'P2034' })).toBe(true);
    for (const code of ['57014', '55P03', '40P01', '40001'])
      expect(
        isDatabaseUnavailable({
          code: 'P2010',
          meta: { driverAdapterError: { cause: { kind: 'postgres', code } } },
        }),
      ).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: 'P2010',
        meta: { driverAdapterError: { cause: { kind: 'postgres', code: '23505' } } },
      }),
    ).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
