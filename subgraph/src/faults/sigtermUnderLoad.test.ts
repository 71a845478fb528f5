import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { signToken } from '../auth/signToken';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { checkConsistency } from './checkConsistency';
import { MANAGER, NO_POSTGRES, releaseMigrationLock, ROUTER_SECRET, SECRET } from './faultHarness';
import { startLoad } from './loadOfReadsAndMoves';
import { printTimeline } from './printTimeline';

/**
 * SIGTERM to `npm run start:subgraph` (subgraph/src/main.ts, production) while clients read and
 * move deals. supergraph/shutdown.test.ts covers the drain itself (in-flight requests finish, a
 * stuck one is cut at the deadline) with single requests; this adds a load and the data check.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const DEADLINE_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let db: TestDatabase;
let child: ChildProcess | undefined;

async function startSubgraph(databaseUrl: string) {
  const process_ = spawn(process.execPath, ['--import', 'tsx', 'subgraph/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      ROUTER_SECRET,
      SALES_PORT: '0',
      SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = process_;
  let output = '';
  process_.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  process_.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    process_.once('exit', (code) => resolve(code)),
  );
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const url = /"url":"(http:\/\/[^"]+\/graphql)"/.exec(output)?.[1];
    if (url && /Sales subgraph listening/.test(output))
      return { url, exited, output: () => output };
    if (process_.exitCode !== null) throw new Error(`the subgraph exited early:\n${output}`);
    await sleep(100);
  }
  throw new Error(`the subgraph did not start:\n${output}`);
}

describe.skipIf(NO_POSTGRES)('fault: SIGTERM under a load of reads and moves', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, { seed: 7, leads: 200 });
    await releaseMigrationLock(db);
  }, 120_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await db?.drop();
  });

  it('drains: no INTERNAL, exit 0 within the deadline, no acknowledged move lost', async () => {
    const [{ name }] = await db.prisma.$queryRaw<[{ name: string }]>`
      SELECT current_database() AS name`;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const subgraph = await startSubgraph(url.toString());
    const token = await signToken(MANAGER, SECRET);
    const load = await startLoad(db.prisma, subgraph.url, token);
    await sleep(2_000);
    const signalled = Date.now() - load.t0;
    child!.kill('SIGTERM');
    const code = await subgraph.exited;
    const exitedAt = Date.now() - load.t0;
    await sleep(500);
    const report = await load.stop();
    const timeline = printTimeline(
      'SIGTERM under load',
      report.events,
      [
        { label: 'before', from: 0, to: signalled },
        { label: 'draining', from: signalled, to: exitedAt },
        { label: 'after exit', from: exitedAt, to: Infinity },
      ],
      exitedAt,
    );
    console.log(`SIGTERM: exit code ${code} after ${exitedAt - signalled} ms`);
    if (report.events.some((e) => e.code === 'INTERNAL_SERVER_ERROR'))
      console.log(subgraph.output());
    expect(code).toBe(0);
    expect(exitedAt - signalled).toBeLessThan(DEADLINE_MS + 2_000);
    for (const phase of timeline.phases)
      expect(phase.codes).not.toHaveProperty('INTERNAL_SERVER_ERROR');
    expect(timeline.phases[0]!.codes.OK).toBeGreaterThan(0);
    await checkConsistency(db.prisma, report);
  }, 120_000);
});
