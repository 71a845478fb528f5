import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { signToken } from '../auth/signToken';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { createLogger } from '../http/logger';
import { startSalesSubgraph, type SalesSubgraph } from '../main';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { startTcpProxy, type TcpProxy } from './tcpProxy';

/**
 * The fault suite runs on PostgreSQL only (PGlite has no connections to kill or cut): without
 * DATABASE_URL its tests are skipped, and say so.
 */
export const POSTGRES_URL = process.env.DATABASE_URL;
export const NO_POSTGRES = !POSTGRES_URL;
if (NO_POSTGRES)
  console.log(
    'Fault suite skipped: it needs PostgreSQL. Run `npm run test:faults` (DATABASE_URL defaults to postgresql://postgres@127.0.0.1:5432/postgres).',
  );

export const SECRET = 'fault-suite-secret-0123456789abcdef0123';
export const ROUTER_SECRET = 'fault-suite-router-secret';
export const tenantId = DEMO_TENANT_ID;
export const MANAGER = { ...DEMO_PRINCIPAL, userId: 'user-mgr-1', role: 'MANAGER' as const };

export type FaultStack = {
  /** The test's own database, reached directly (not through the proxy): for checks and faults. */
  admin: TestDatabase;
  proxy: TcpProxy;
  /** The app's database, reached through the proxy. */
  db: Database;
  app: SalesSubgraph;
  token: string;
  /** The app's error log lines (JSON), to show the cause of an unexpected answer. */
  errorLog: string[];
  close(): Promise<void>;
};

/**
 * The schema engine's migration lock (a session advisory lock) stays with the idle connection
 * that applied the migrations until the pool closes it (about 10 s): meanwhile the app's own
 * start-up migration check waits for it. Ending that connection lets it go at once.
 */
export async function releaseMigrationLock(admin: TestDatabase): Promise<void> {
  await admin.prisma.$queryRaw`
    WITH holder AS MATERIALIZED (
      SELECT pid FROM pg_locks
      WHERE locktype = 'advisory' AND objid = 72707369 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND pid <> pg_backend_pid())
    SELECT pid FROM holder WHERE pg_terminate_backend(pid)`;
}

/**
 * A fresh seeded database, a TCP proxy in front of it and the sales subgraph (production mode)
 * on the proxy: what a fault test breaks and observes.
 */
export async function startFaultStack({
  leads = 200,
  statementTimeoutMs = 15_000,
}: { leads?: number; statementTimeoutMs?: number } = {}): Promise<FaultStack> {
  const admin = await createTestDatabase();
  await seedDemo(admin.prisma, { seed: 7, leads });
  await releaseMigrationLock(admin);
  const [{ name }] = await admin.prisma.$queryRaw<[{ name: string }]>`
    SELECT current_database() AS name`;
  const server = new URL(POSTGRES_URL!);
  const proxy = await startTcpProxy({
    host: server.hostname,
    port: Number(server.port || 5432),
  });
  const url = new URL(POSTGRES_URL!);
  url.host = `127.0.0.1:${proxy.port}`;
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), statementTimeoutMs });
  const errorLog: string[] = [];
  const logger = createLogger({
    service: 'sales',
    level: 'error',
    destination: { write: (line: string) => void errorLog.push(line) },
  });
  const app = await startSalesSubgraph({
    db,
    logger,
    config: {
      ...loadConfig({}),
      production: true,
      databaseUrl: url.toString(),
      port: 0,
      jwtSecret: SECRET,
      routerSecret: ROUTER_SECRET,
      statementTimeoutMs,
    },
  });
  const token = await signToken(MANAGER, SECRET);
  return {
    admin,
    proxy,
    db,
    app,
    token,
    errorLog,
    close: async () => {
      await app.close();
      await db.close().catch(() => {});
      await proxy.close();
      await admin.drop();
    },
  };
}

/** Ends the app's connections to its database (those that come through the proxy). */
export async function killAppConnections(stack: FaultStack): Promise<number> {
  const ports = stack.proxy.upstreamPorts();
  if (!ports.length) return 0;
  // Chosen first (MATERIALIZED), terminated after: in one WHERE, the planner may call
  // pg_terminate_backend before the other conditions, on this very connection too.
  const killed = await stack.admin.prisma.$queryRaw<{ pid: number }[]>`
    WITH app AS MATERIALIZED (
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND client_port = ANY(${ports}::int[])
        AND pid <> pg_backend_pid())
    SELECT pid FROM app WHERE pg_terminate_backend(pid)`;
  return killed.length;
}

export type Answer = { code: string; status: number; data?: Record<string, unknown> };

/** One GraphQL request as a client sees it: 'OK', the first error's code, or what broke. */
export async function ask(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'router-authorization': ROUTER_SECRET,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { code: `HTTP_${response.status}`, status: response.status };
    }
    const code = body.errors?.length
      ? (body.errors[0]!.extensions?.code ?? 'NO_CODE')
      : response.ok
        ? 'OK'
        : `HTTP_${response.status}`;
    return { code, status: response.status, ...(body.data ? { data: body.data } : {}) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    const name = (error as { name?: string }).name;
    return { code: `NETWORK_${cause?.code ?? name ?? 'ERROR'}`, status: 0 };
  }
}
