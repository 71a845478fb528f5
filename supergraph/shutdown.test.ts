import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { signToken } from '../subgraph/src/auth/signToken';
import { openDatabase } from '../subgraph/src/db/database';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { createTestDatabase, type TestDatabase } from '../subgraph/src/testing/createTestDatabase';

/**
 * SIGTERM to the real entry points, in production mode: `supergraph/start.ts` (what `npm start`
 * runs: gateway, CRM and sales subgraph in one process) and `subgraph/src/main.ts` (the subgraph
 * alone). Requests in flight finish with 200, new connections are refused, a request stuck past
 * SHUTDOWN_TIMEOUT_MS is cut, and the process exits 0 within the deadline.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const SECRET = 'shutdown-test-secret-0123456789abcdef';
const ROUTER_SECRET = 'shutdown-test-router-secret';
/**
 * The shutdown deadline. The stuck request holds the gateway's drain to it, so the requests in
 * flight must be answered within it: 4 s was too little beside CI's other lanes (a direct request
 * to the sales subgraph, on PGlite busy with the gateway's 300 customers, got 503 when the
 * database closed at the deadline).
 */
const DEADLINE_MS = 8_000;
/**
 * Per test: a start of up to 180 s (`startProcess` waits that long: a start on PGlite migrates,
 * seeds and trains, and took 48-53 s beside CI's other lanes, once past the 60 s default), then
 * the drain.
 */
const TEST_TIMEOUT_MS = 240_000;

let databaseEnv: Record<string, string>;
let cleanup: () => Promise<void>;
let token: string;

beforeAll(async () => {
  token = await signToken(DEMO_PRINCIPAL, SECRET);
  if (process.env.DATABASE_URL) {
    const db: TestDatabase = await createTestDatabase();
    await seedDemo(db.prisma, { seed: 5, leads: 40 });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = new URL(db.label).pathname;
    await db.close();
    databaseEnv = { DATABASE_URL: url.toString() };
    cleanup = () => db.drop();
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'shutdown-test-'));
    const dataDir = path.join(dir, 'pglite');
    const db = await openDatabase({ dataDir });
    await applyMigrations(db);
    await seedDemo(db.prisma, { seed: 5, leads: 40 });
    await db.close();
    databaseEnv = { PGLITE_DATA_DIR: dataDir };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  await cleanup?.();
});

type Service = {
  child: ChildProcess;
  urls: Record<string, string>;
  exited: Promise<number | null>;
  /** What it wrote to stdout so far. */
  stdout: () => string;
};

/**
 * Starts an entry point (`npm:<script>` runs `npm run <script>`, in a process group of its own so
 * that anything it leaves behind can be killed) and waits for the URLs it prints (the stack's
 * banner, or JSON logs).
 */
async function startProcess(entry: string): Promise<Service> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...databaseEnv,
    NODE_ENV: 'production',
    JWT_SECRET: SECRET,
    ROUTER_SECRET,
    SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
    GATEWAY_PORT: '0',
    SALES_PORT: '0',
    CRM_PORT: '0',
    SERVE_SPA: 'false',
    LOG_LEVEL: 'info',
  };
  if (!databaseEnv.DATABASE_URL) delete env.DATABASE_URL;
  const script = entry.startsWith('npm:') ? entry.slice('npm:'.length) : undefined;
  const child = script
    ? spawn('npm', ['run', script], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const urls: Record<string, string> = {};
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    for (const [name, pattern] of [
      ['gateway', /Gateway\s+(http:\/\/\S+\/graphql)/],
      ['sales', /Sales subgraph\s+(http:\/\/\S+\/graphql)/],
      ['crm', /CRM subgraph\s+(http:\/\/\S+\/graphql)/],
      ['sales', /"url":"(http:\/\/[^"]+\/graphql)"/],
      ['gateway', /"gateway":"(http:\/\/[^"]+\/graphql)"/],
      ['sales', /"sales":"(http:\/\/[^"]+\/graphql)"/],
      ['crm', /"crm":"(http:\/\/[^"]+\/graphql)"/],
    ] as const) {
      const match = pattern.exec(output);
      if (match) urls[name] = match[1]!;
    }
    if (/Started in|Sales subgraph listening|"msg":"Started"/.test(output) && urls.sales) break;
    if (child.exitCode !== null) throw new Error(`${entry} exited early:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!urls.sales) {
    child.kill('SIGKILL');
    throw new Error(`${entry} did not start:\n${output}`);
  }
  return { child, urls, exited, stdout: () => stdout };
}

/**
 * A POST whose body arrives in two parts: the request is in flight from the first byte; `finish()`
 * sends the rest. Resolves with the status and body, or rejects when the connection is cut.
 */
function slowPost(url: string, query: string, headers: Record<string, string> = {}) {
  const body = Buffer.from(JSON.stringify({ query }));
  const head = body.subarray(0, 5);
  const rest = body.subarray(5);
  const target = new URL(url);
  const req = request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(body.length),
      ...headers,
    },
  });
  const result = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on('error', reject);
    });
    req.on('error', reject);
  });
  result.catch(() => {});
  req.write(head);
  return { result, finish: () => req.end(rest) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const auth = () => ({ authorization: `Bearer ${token}` });

describe(
  'SIGTERM, with the real entry points in production mode',
  { timeout: TEST_TIMEOUT_MS },
  () => {
    it('npm start (gateway, CRM and sales in one process): in-flight requests finish, a stuck one is cut at the deadline, exit 0', async () => {
      const service = await startProcess('supergraph/start.ts');
      const { gateway, sales, crm } = service.urls as Record<'gateway' | 'sales' | 'crm', string>;
      // In production every stdout line is JSON, the start-up's progress and banner included (they
      // were plain lines among the JSON, which a log shipper could not parse).
      const lines = service.stdout().split('\n').filter(Boolean);
      expect(lines.find((line) => !/^\{.*\}$/.test(line))).toBeUndefined();
      expect(lines.map((line) => (JSON.parse(line) as { msg?: string }).msg)).toContain('Started');
      try {
        const viaGateway = slowPost(
          gateway,
          '{ customers(first: 300) { id deals(first: 20) { id } } }',
          auth(),
        );
        const direct = slowPost(sales, '{ pipelines { id } }', {
          ...auth(),
          'router-authorization': ROUTER_SECRET,
        });
        // The CRM stand-in checks what the sales subgraph checks in production (ADR 068).
        const toCrm = slowPost(crm, '{ customers(first: 2) { id } }', {
          ...auth(),
          'router-authorization': ROUTER_SECRET,
        });
        const stuck = slowPost(gateway, '{ pipelines { id } }', auth());
        await sleep(300);

        const signalled = Date.now();
        service.child.kill('SIGTERM');
        await sleep(500);
        // New connections are refused while the drain runs.
        await expect(fetch(gateway, { method: 'POST' })).rejects.toThrow();
        for (const request of [viaGateway, direct, toCrm]) request.finish();
        for (const request of [viaGateway, direct, toCrm]) {
          const { status, body } = await request.result;
          expect(status, body).toBe(200);
          expect(JSON.parse(body), body).not.toHaveProperty('errors');
        }
        await expect(stuck.result).rejects.toThrow(); // cut at the deadline
        const code = await service.exited;
        const took = Date.now() - signalled;
        // 0 means the shutdown finished on its own: one still closing at the backstop (the deadline
        // + 5 s) exits 1. How long the close takes after the deadline is the machine's (4.3 s once
        // beside CI's other lanes), so no bound of this test's own on it.
        expect(code).toBe(0);
        expect(took).toBeGreaterThanOrEqual(DEADLINE_MS - 200);
      } finally {
        service.child.kill('SIGKILL');
      }
    });

    it('npm start itself: SIGTERM to npm reaches the server, which drains and exits (none left serving)', async () => {
      // A process manager stops `npm start` by signalling npm. npm passes the signal to its child
      // only: a script run through a shell must `exec` the server, or the server is left running.
      const service = await startProcess('npm:start');
      const { gateway } = service.urls as Record<'gateway', string>;
      try {
        const inFlight = slowPost(gateway, '{ pipelines { id } }', auth());
        await sleep(300);
        service.child.kill('SIGTERM');
        await sleep(500);
        inFlight.finish();
        const { status, body } = await inFlight.result;
        expect(status).toBe(200);
        expect(JSON.parse(body)).not.toHaveProperty('errors');
        expect(await service.exited).toBe(0);
        // The server itself has stopped: nothing answers on the gateway's port.
        await expect(fetch(gateway, { method: 'POST' })).rejects.toThrow();
      } finally {
        try {
          process.kill(-service.child.pid!, 'SIGKILL');
        } catch {
          // The group has already gone.
        }
      }
    });

    it('npm run start:subgraph: an in-flight request finishes and the process exits 0 without waiting for the deadline', async () => {
      const service = await startProcess('subgraph/src/main.ts');
      try {
        const direct = slowPost(service.urls.sales!, '{ pipelines { id } }', {
          ...auth(),
          'router-authorization': ROUTER_SECRET,
        });
        await sleep(300);
        const signalled = Date.now();
        service.child.kill('SIGTERM');
        await sleep(300);
        direct.finish();
        const { status } = await direct.result;
        expect(status).toBe(200);
        expect(await service.exited).toBe(0);
        expect(Date.now() - signalled).toBeLessThan(DEADLINE_MS);
      } finally {
        service.child.kill('SIGKILL');
      }
    });
  },
);
