import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PRINCIPAL } from '../../prisma/seed/demoTenant';
import { seedDemo } from '../../prisma/seed/seedDemo';
import { openDatabase } from '../../subgraph/src/db/database';
import { applyMigrations } from '../../subgraph/src/db/migrations';
import { bootstrapDealWinModels } from '../../subgraph/src/services/dealWinProbability/bootstrapDealWinModels';
import { bootstrapScoring } from '../../subgraph/src/services/leadScoring/bootstrapScoring';
import { growSalesData, type GrowthOptions } from '../../subgraph/src/testing/growSalesData';
import { postJson } from './httpPost';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A database of its own on DATABASE_URL's server, created here and dropped by `drop()`. */
export async function createBenchDatabase(serverUrl: string) {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Customers the reads and load benches grow the sales data with, served by the CRM stand-in too
 * (`startBenchStack`'s `grownCustomers`, ADR 051).
 */
export const GROWN_CUSTOMERS = 2_000;

/**
 * Migrates, seeds the demo tenant, grows it and does what the stack's start-up would write, then
 * VACUUM ANALYZE: what a bench measures is a table as autovacuum leaves it, not one whose every
 * row the start-up has just rewritten.
 */
export async function loadBenchData(
  url: string,
  growth: Omit<GrowthOptions, 'tenantId' | 'ownerIds'>,
): Promise<{ loadSeconds: number }> {
  const started = Date.now();
  const db = await openDatabase({ url, statementTimeoutMs: 30 * 60_000 });
  try {
    await applyMigrations(db);
    await seedDemo(db.prisma, { seed: 1, leads: 1000 });
    // The model start-up would train and the scores of the seeded leads, before growing: the grown
    // leads come with scores, and the stack does not rescore them all when it starts.
    await bootstrapScoring(db.prisma);
    await growSalesData(db.prisma, {
      ...growth,
      tenantId: DEMO_PRINCIPAL.tenantId,
      ownerIds: ['user-rep-1', 'user-rep-2', 'user-rep-3', 'user-rep-4', 'user-rep-5'],
    });
    // The first deal model scores every open deal (a new version of each row). Started by the
    // stack, it ran after growSalesData's VACUUM and left every page of Deal with dead rows and
    // without its all-visible bit, so no stage total was read from the index alone (autovacuum is
    // off on the benches' server).
    await bootstrapDealWinModels(db.prisma);
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE "Deal"');
  } finally {
    await db.close();
  }
  return { loadSeconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * The customer whose page the benches open: of the demo customers with a scored open lead (so the
 * page shows a score and its explanation), the one with the most deals. A customer with neither
 * would measure an empty page (ADR 053).
 */
export async function benchCustomer(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT c.id FROM "Customer" c
       WHERE c."tenantId" = $1 AND c.id LIKE 'cus-%' AND EXISTS (
         SELECT 1 FROM "Lead" l WHERE l."customerId" = c.id AND l.score IS NOT NULL
           AND l.status IN ('NEW', 'WORKING', 'QUALIFIED'))
       ORDER BY (SELECT count(*) FROM "Deal" d WHERE d."customerId" = c.id) DESC, c.id LIMIT 1`,
      [DEMO_PRINCIPAL.tenantId],
    );
    if (!rows[0]) throw new Error('no demo customer has a scored open lead');
    return rows[0].id;
  } finally {
    await client.end();
  }
}

export type RunningStack = {
  subgraph: string;
  gateway: string;
  token: string;
  /** Processes serving the sales subgraph (SALES_WORKERS; ADR 044). */
  salesWorkers: number;
  stop(): Promise<void>;
};

/**
 * The stack exactly as `npm start` runs it (supergraph/start.ts in a process of its own, NODE_ENV
 * as the caller has it), on the bench database, without the SPA and with the scoring crons set to
 * a date that never comes, so no rescoring of a million leads runs under the measurement.
 */
export async function startBenchStack(
  url: string,
  basePort: number,
  { grownCustomers = 0 }: { grownCustomers?: number } = {},
): Promise<RunningStack> {
  const never = '0 0 31 2 *';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'supergraph/start.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        GATEWAY_PORT: String(basePort),
        SALES_PORT: String(basePort + 1),
        CRM_PORT: String(basePort + 2),
        SERVE_SPA: 'false',
        RESCORE_CRON: never,
        RETRAIN_CRON: never,
        LOG_LEVEL: 'warn',
        // The CRM stand-in serves the grown customers too: the gateway gives their deals' cards
        // a customer name, as on a user's board (ADR 051).
        CRM_GROWN_CUSTOMERS: String(grownCustomers),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // A bench that dies must not leave its stack running on the ports.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  let startOutput = '';
  const token = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`stack did not start:\n${output}`)), 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Authorization: Bearer (\S+)/.exec(output);
      if (match) {
        startOutput = output;
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited with ${code}:\n${output}`));
    });
  });
  child.stdout!.resume();
  const workers = /Sales subgraph: (\d+) worker processes/.exec(startOutput);
  return {
    salesWorkers: workers ? Number(workers[1]) : 1,
    gateway: `http://127.0.0.1:${basePort}/graphql`,
    subgraph: `http://127.0.0.1:${basePort + 1}/graphql`,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killChild);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * POSTs one GraphQL request on a keep-alive connection (node:http, not fetch: see httpPost.ts);
 * throws on HTTP or GraphQL errors.
 */
export async function post<T = unknown>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { status, body } = await postJson(url, token, { query, variables });
  const { data, errors } = body as { data?: T; errors?: unknown[] };
  if (status !== 200 || errors) throw new Error(`${status} ${JSON.stringify(errors)}`);
  return data as T;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The time of each of `runs` sequential calls (after `warmup` unmeasured ones), in ms. */
export async function sampleTimes(call: () => Promise<unknown>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return times;
}

/** The `p`th percentile of `times`, to a hundredth of a ms. */
export const roundedPercentile = (times: number[], p: number) =>
  Math.round(percentile(times, p) * 100) / 100;

/** p50/p99 of measured times in ms, and how many there were. */
export const latencyFigures = (times: number[]) => ({
  p50: roundedPercentile(times, 50),
  p99: roundedPercentile(times, 99),
  runs: times.length,
});

/** p50/p99 of `runs` sequential calls (after `warmup` unmeasured ones), in ms. */
export async function timeIt(call: () => Promise<unknown>, runs = 50, warmup = 5) {
  return latencyFigures(await sampleTimes(call, runs, warmup));
}

/** What the report says about the machine: the load average is read now (the machine is shared). */
export function machine() {
  return {
    node: process.version,
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}
