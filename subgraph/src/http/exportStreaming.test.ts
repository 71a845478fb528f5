import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import type { PrismaClient } from '../db/generated/client';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { exportRoute } from './exportRoute';

// What streaming promises beyond the rows (ADR 037): a failure after the first byte cuts the
// connection instead of ending a partial file as if it were whole; one before it is no file.
let db: TestDatabase;
let server: Server;
let origin: string;
let pagesRead = 0;
let failAtPage = Infinity;
let failure: { message: string; headersSent: boolean } | null = null;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 1200, now: new Date('2026-11-01T00:00:00Z') });
  // The database as the route sees it, counting the lead pages read and failing one on demand.
  const prisma = new Proxy(db.prisma, {
    get(target, key, receiver) {
      if (key !== '$queryRaw') return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<PrismaClient['$queryRaw']>) => {
        pagesRead += 1;
        if (pagesRead >= failAtPage) throw new Error('connection to the database lost');
        return target.$queryRaw(...args);
      };
    },
  });
  const route = exportRoute({
    prisma,
    authenticate: () => Promise.resolve(DEMO_PRINCIPAL),
    sendEvent: () => Promise.resolve(),
  });
  // As createHttpServer does with a route's rejection: recorded here, then the socket dropped.
  server = createServer((request, response) => {
    route(request, response, '').catch((error: unknown) => {
      failure = { message: (error as Error).message, headersSent: response.headersSent };
      response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.drop();
});

describe('streaming an export', () => {
  it('cuts the connection when the database fails mid-export, never ending a partial file', async () => {
    pagesRead = 0;
    failAtPage = 3;
    failure = null;
    const response = await fetch(`${origin}/export/leads.csv`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(pagesRead).toBe(3);
    expect(failure).toBeNull();
    failAtPage = Infinity;
  });

  it('refuses before the first byte when the first page fails: no 200, no file', async () => {
    pagesRead = 0;
    failAtPage = 1;
    failure = null;
    await fetch(`${origin}/export/leads.csv`).catch(() => null);
    expect(failure).toEqual({ message: 'connection to the database lost', headersSent: false });
    failAtPage = Infinity;
  });
});
