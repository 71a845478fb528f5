import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../prisma/seed/seedDemo';
import { loadConfig } from '../subgraph/src/config';
import { checkConfig } from '../subgraph/src/main';
import { createTestDatabase, type TestDatabase } from '../subgraph/src/testing/createTestDatabase';

/**
 * `npm start` on PostgreSQL serves the sales subgraph from several worker processes sharing its
 * port (ADR 044): one development token is valid at every worker, a worker that dies is replaced
 * while the others keep answering, and SIGTERM stops them all. On the embedded database more than
 * one worker is refused with the reason.
 */
const ROOT = path.resolve(import.meta.dirname, '..');

describe('SALES_WORKERS', () => {
  it('defaults to one per core (at most 4) on PostgreSQL and to 1 on the embedded database', () => {
    expect(loadConfig({}).salesWorkers).toBe(1);
    const onPostgres = loadConfig({ DATABASE_URL: 'postgresql://localhost/x' }).salesWorkers;
    expect(onPostgres).toBeGreaterThanOrEqual(1);
    expect(onPostgres).toBeLessThanOrEqual(4);
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://localhost/x', SALES_WORKERS: '3' }),
    ).toMatchObject({ salesWorkers: 3 });
    expect(() => loadConfig({ SALES_WORKERS: 'two' })).toThrow(
      'SALES_WORKERS must be a non-negative integer, got "two"',
    );
  });

  it('refuses more than one worker on the embedded database, saying what to set', () => {
    expect(() => checkConfig(loadConfig({ SALES_WORKERS: '2' }))).toThrow(
      'SALES_WORKERS=2 needs DATABASE_URL: the embedded database (PGlite) belongs to one process',
    );
    expect(() => checkConfig(loadConfig({ SALES_WORKERS: '1' }))).not.toThrow();
  });
});

describe.runIf(process.env.DATABASE_URL)('npm start with two sales workers', () => {
  let db: TestDatabase;
  let stack: ChildProcess;
  let output = '';
  let salesUrl = '';
  let gatewayUrl = '';
  let token = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, { seed: 3, leads: 40 });
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = new URL(db.label).pathname;
    // In a process group of its own, as under a terminal or npm: the last test signals the group.
    stack = spawn(process.execPath, ['--import', 'tsx', 'supergraph/start.ts'], {
      detached: true,
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        SALES_WORKERS: '2',
        GATEWAY_PORT: '0',
        SALES_PORT: '0',
        CRM_PORT: '0',
        SERVE_SPA: 'false',
        LOG_LEVEL: 'error',
        NODE_ENV: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stack.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stack.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = Date.now() + 180_000;
    while (!/Authorization: Bearer (\S+)/.test(output)) {
      if (stack.exitCode !== null || Date.now() > until)
        throw new Error(`the stack did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    token = /Authorization: Bearer (\S+)/.exec(output)![1]!;
    salesUrl = /Sales subgraph\s+(http:\/\/\S+\/graphql)/.exec(output)![1]!;
    gatewayUrl = /Gateway\s+(http:\/\/\S+\/graphql)/.exec(output)![1]!;
  }, 240_000);

  afterAll(async () => {
    if (stack && stack.exitCode === null) stack.kill('SIGKILL');
    await db?.drop();
  });

  const workerPids = () => {
    try {
      return execFileSync('pgrep', ['-P', String(stack.pid), '-f', 'salesWorker'], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter(Boolean)
        .map(Number);
    } catch {
      return []; // pgrep exits 1 when there is none
    }
  };
  // A new connection per request (no keep-alive): the cluster deals connections, not requests.
  const ask = (url: string) =>
    new Promise<{ status: number; body: { data?: unknown } }>((resolve, reject) => {
      const body = JSON.stringify({ query: '{ pipelines { id } }' });
      const req = request(url, {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      });
      req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
      req.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              body: JSON.parse(text) as { data?: unknown },
            });
          } catch {
            reject(new Error(`${response.statusCode}: ${text}`));
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  const askMany = async (url: string, count: number) =>
    Promise.all(Array.from({ length: count }, () => ask(url)));

  it('says so at start and answers with one token at every worker', async () => {
    expect(output).toContain('Sales subgraph: 2 worker processes sharing port');
    expect(workerPids()).toHaveLength(2);
    // Connections are dealt round-robin: 40 reach both workers; a token signed with another
    // worker's secret would be refused by half of them.
    for (const { status, body } of await askMany(salesUrl, 40)) {
      expect(status).toBe(200);
      expect(body.data).toEqual({ pipelines: expect.any(Array) });
    }
    for (const { status } of await askMany(gatewayUrl, 10)) expect(status).toBe(200);
  });

  it('replaces a worker that dies while the other keeps answering', async () => {
    const [victim, survivor] = workerPids();
    process.kill(victim!, 'SIGKILL');
    // Once the primary has seen the exit (a connection dealt to the worker in the instant before
    // is lost with it), every connection goes to a live worker.
    const until = Date.now() + 120_000;
    while (!output.includes('Sales worker died: starting another') && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    for (const { status } of await askMany(salesUrl, 20)) expect(status).toBe(200);
    let pids = workerPids();
    while (!(pids.length === 2 && !pids.includes(victim!)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      pids = workerPids();
    }
    expect(pids).toContain(survivor);
    expect(pids).toHaveLength(2);
    for (const { status } of await askMany(salesUrl, 20)) expect(status).toBe(200);
  }, 150_000);

  it('a signal to the whole group (Ctrl-C, kill -TERM -<group>, then npm passing it on once more): the gateway finishes its request in flight through a worker, no worker is replaced, every worker stops, exit 0', async () => {
    const pids = workerPids();
    const before = output.length;
    const exited = new Promise<number | null>((resolve) => stack.once('exit', resolve));
    // A request in flight at the gateway, whose body is not all sent yet.
    const body = JSON.stringify({ query: '{ pipelines { id } }' });
    const slow = request(gatewayUrl, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${token}`,
      },
    });
    const answered = new Promise<number>((resolve, reject) => {
      slow.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(-stack.pid!, 'SIGTERM'); // the primary and both workers
    stack.kill('SIGTERM'); // and the primary once more, as npm passes on what it got
    await new Promise((resolve) => setTimeout(resolve, 500));
    slow.end(body.slice(5));
    expect(await answered).toBe(200);
    expect(await exited).toBe(0);
    expect(output.slice(before), output.slice(before)).not.toContain('Sales worker died');
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
