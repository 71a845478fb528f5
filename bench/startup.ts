import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// Time from `npm start` (supergraph/start.ts) to the first answered cross-subgraph query through
// the gateway: on a new embedded database (migrate + seed + first scoring), then again on the same one.
const QUERY =
  '{ customers(first: 2) { id name healthScore deals { title value stage { name } } } }';
const ports = { GATEWAY_PORT: '4600', SALES_PORT: '4601', CRM_PORT: '4602' };

async function answered(): Promise<boolean> {
  try {
    const response = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { data?: { customers?: unknown[] } };
    return Array.isArray(body.data?.customers);
  } catch {
    return false;
  }
}

async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'supergraph/start.ts'], {
    env: { ...process.env, ...ports, PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    while (!(await answered())) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (performance.now() - started > 300_000) throw new Error('no answer within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return (performance.now() - started) / 1000;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'startup-'));
try {
  const dataDir = path.join(dir, 'pglite');
  const first = await timeStart(dataDir);
  const second = await timeStart(dataDir);
  console.log(
    JSON.stringify({ firstStartSeconds: first, secondStartSeconds: second, query: QUERY }, null, 2),
  );
  console.log(
    `startup: first answer ${first.toFixed(1)} s on a new embedded database (migrate, seed, score), ${second.toFixed(1)} s on the second start`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
