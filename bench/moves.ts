import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { openDatabase } from '../subgraph/src/db/database';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { ordinalKey } from '../subgraph/src/services/deals/positionKey';
import { createBenchDatabase, startBenchStack } from './support/benchStack';
import { keepAliveAgent, postJson } from './support/httpPost';

/**
 * Deal moves under load (issue 11, ADR 023), on PostgreSQL through the subgraph over HTTP: 10
 * pipelines of 5 open stages plus Won and Lost, DEALS_PER_PIPELINE deals each; CONNECTIONS
 * clients move deals for SECONDS (after a warm-up) — each client owns a share of the deals, so
 * CONFLICTs come only from the server's own checks — to a random stage and index, 1 in 10 into
 * Won or Lost (MOVES_BENCH_CLOSES). Two phases of SECONDS each: saturated (closed loop, the
 * server's ceiling: at 50 clients its latency is mostly the queue) and paced (open loop at
 * MOVES_BENCH_RATE moves/s, the rate issue 11 names, latency from each move's due time). Reports
 * moves/s, latency and errors by code of each, and the rows written per move (pg_stat_user_tables
 * of Deal, read after the stack has stopped so every backend has reported).
 */
const PIPELINES = 10;
const OPEN_STAGES = 5;
const DEALS_PER_PIPELINE = Number(process.env.MOVES_BENCH_DEALS ?? 1000);
const CONNECTIONS = Number(process.env.MOVES_BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.MOVES_BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = 5;
/** Moves a second offered in the paced phase, over all clients (issue 11's target rate). */
const RATE = Number(process.env.MOVES_BENCH_RATE ?? 300);
/** Share of moves into Won or Lost (closes; a later move out of them is a reopen). */
const CLOSES = Number(process.env.MOVES_BENCH_CLOSES ?? 0.1);
const PORT = Number(process.env.MOVES_BENCH_PORT ?? 4870);
const tenantId = DEMO_PRINCIPAL.tenantId;

const MOVE = `mutation Move($id: ID!, $stageId: ID!, $position: Int!, $v: Int!, $reason: String) {
  moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v, lostReason: $reason) {
    id version position stage { id } } }`;

type Stage = { id: string; kind: 'OPEN' | 'WON' | 'LOST' };
type BenchDeal = { id: string; pipeline: number; version: number };

/** The demo tenant plus 10 bench pipelines with their deals, in a few bulk statements. */
async function loadData(url: string): Promise<{ stages: Stage[][]; deals: BenchDeal[] }> {
  const db = await openDatabase({ url, statementTimeoutMs: 10 * 60_000 });
  try {
    await applyMigrations(db);
    await seedDemo(db.prisma, { seed: 1, leads: 200 });
    const stages: Stage[][] = [];
    const deals: BenchDeal[] = [];
    for (let p = 0; p < PIPELINES; p++) {
      const pipelineId = `bench-pl-${p}`;
      await db.prisma.pipeline.create({
        data: { id: pipelineId, tenantId, name: `Bench ${p}`, currency: 'USD', position: 10 + p },
      });
      const specs: Stage[] = [
        ...Array.from({ length: OPEN_STAGES }, (_, i) => ({
          id: `${pipelineId}-st-${i}`,
          kind: 'OPEN' as const,
        })),
        { id: `${pipelineId}-won`, kind: 'WON' },
        { id: `${pipelineId}-lost`, kind: 'LOST' },
      ];
      await db.prisma.pipelineStage.createMany({
        data: specs.map((s, order) => ({
          id: s.id,
          tenantId,
          pipelineId,
          name: s.id,
          order,
          kind: s.kind,
        })),
      });
      stages.push(specs);
      const rows = Array.from({ length: DEALS_PER_PIPELINE }, (_, i) => ({
        id: `${pipelineId}-deal-${i}`,
        tenantId,
        pipelineId,
        stageId: specs[i % OPEN_STAGES]!.id,
        title: `Bench deal ${p}/${i}`,
        value: String(1000 + (i % 50) * 100),
        currency: 'USD',
        position: ordinalKey(Math.floor(i / OPEN_STAGES)),
        ownerId: 'user-rep-1',
      }));
      for (let i = 0; i < rows.length; i += 1000)
        await db.prisma.deal.createMany({ data: rows.slice(i, i + 1000) });
      deals.push(...rows.map((row) => ({ id: row.id, pipeline: p, version: 1 })));
    }
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    return { stages, deals };
  } finally {
    await db.close();
  }
}

async function dealTableStats(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; upd: string; ins: string; del: string }>(
      `SELECT relname, n_tup_upd::text AS upd, n_tup_ins::text AS ins, n_tup_del::text AS del
       FROM pg_stat_user_tables WHERE relname IN ('Deal', 'Activity', 'PipelineStage', 'Lead')`,
    );
    return Object.fromEntries(
      rows.map((r) => [r.relname, { updated: Number(r.upd), inserted: Number(r.ins) }]),
    );
  } finally {
    await client.end();
  }
}

const agent = keepAliveAgent(CONNECTIONS);
const post = (url: string, token: string, payload: unknown) => postJson(url, token, payload, agent);

/**
 * The whole machine's CPU while a phase runs, from /proc/stat every 100 ms (Linux; null
 * elsewhere): the mean busy share of all cores, and how many 100-ms intervals had every core busy
 * (95 % or more). Slow moves of a paced run come when the cores are saturated for a few hundred
 * milliseconds; this says whether a run had such moments, whoever caused them.
 */
function sampleMachineCpu() {
  if (!existsSync('/proc/stat')) return { stop: () => null };
  const read = () => {
    // cpu  user nice system idle iowait irq softirq steal ...
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
    const at = (i: number) => f[i] ?? 0;
    const busy = at(1) + at(2) + at(3) + at(6) + at(7);
    return { busy, all: busy + at(4) + at(5) + at(8), steal: at(8) };
  };
  const first = read();
  let last = first;
  let saturated = 0;
  let intervals = 0;
  const timer = setInterval(() => {
    const now = read();
    const all = now.all - last.all;
    if (all > 0) {
      intervals++;
      if ((now.busy - last.busy) / all >= 0.95) saturated++;
    }
    last = now;
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      const end = read();
      const all = Math.max(1, end.all - first.all);
      return {
        cores: cpus().length,
        busyShare: Math.round(((end.busy - first.busy) / all) * 1000) / 1000,
        stealShare: Math.round(((end.steal - first.steal) / all) * 1000) / 1000,
        intervals100ms: intervals,
        saturatedIntervals: saturated,
      };
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : NaN;

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('bench/moves.ts measures PostgreSQL: set DATABASE_URL');
  const database = await createBenchDatabase(serverUrl);
  try {
    const loadStarted = performance.now();
    const { stages, deals } = await loadData(database.url);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const stack = await startBenchStack(database.url, PORT);
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // One phase's figures: latencies from each move's intended start, outcomes by code.
    type Phase = {
      latencies: number[];
      codes: Map<string, number>;
      moved: number;
      seconds: number;
      machineCpu: ReturnType<ReturnType<typeof sampleMachineCpu>['stop']>;
    };
    let phase: Phase | null = null;
    let stopAt = 0;

    const moveOnce = async (deal: BenchDeal, intendedStart: number) => {
      const pipelineStages = stages[deal.pipeline]!;
      const closing = random(1000) < CLOSES * 1000;
      const target = closing
        ? pipelineStages[OPEN_STAGES + random(2)]!
        : pipelineStages[random(OPEN_STAGES)]!;
      let code = 'OK';
      try {
        const response = await post(stack.subgraph, stack.token, {
          query: MOVE,
          variables: {
            id: deal.id,
            stageId: target.id,
            position: random(Math.ceil(DEALS_PER_PIPELINE / OPEN_STAGES) + 2),
            v: deal.version,
            reason: target.kind === 'LOST' ? 'bench' : null,
          },
        });
        const body = response.body as {
          data?: { moveDeal: { version: number } } | null;
          errors?: { extensions?: { code?: string; currentVersion?: number } }[];
        };
        const error = body.errors?.[0];
        if (error) {
          code = error.extensions?.code ?? `HTTP_${response.status}`;
          if (error.extensions?.currentVersion != null)
            deal.version = error.extensions.currentVersion;
        } else if (body.data) {
          deal.version = body.data.moveDeal.version;
        } else code = `HTTP_${response.status}`;
      } catch (error) {
        code = `NETWORK: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (!phase) return;
      phase.latencies.push(performance.now() - intendedStart);
      phase.codes.set(code, (phase.codes.get(code) ?? 0) + 1);
      if (code === 'OK') phase.moved++;
    };
    /** Closed loop: the next move as soon as the last one is answered (the server's ceiling). */
    const closedLoopClient = async (owned: BenchDeal[]) => {
      while (performance.now() < stopAt) {
        const started = performance.now();
        await moveOnce(owned[random(owned.length)]!, started);
      }
    };
    /**
     * Open loop at `perSecond` moves a second from this client, on a fixed schedule with its own
     * phase. A move that is due while the last is still in flight goes right after it, and its
     * latency counts from when it was due, so a slow server cannot hide its queue (no coordinated
     * omission).
     */
    const pacedClient = async (owned: BenchDeal[], perSecond: number, offsetMs: number) => {
      const interval = 1000 / perSecond;
      let due = performance.now() + offsetMs;
      while (due < stopAt) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await moveOnce(owned[random(owned.length)]!, due);
        due += interval;
      }
    };
    const runPhase = async (
      seconds: number,
      client: (owned: BenchDeal[], c: number) => Promise<void>,
    ) => {
      const measured: Phase = {
        latencies: [],
        codes: new Map(),
        moved: 0,
        seconds: 0,
        machineCpu: null,
      };
      phase = measured;
      const cpu = sampleMachineCpu();
      const started = performance.now();
      stopAt = started + seconds * 1000;
      await Promise.all(shares.map((owned, c) => client(owned, c)));
      measured.seconds = (performance.now() - started) / 1000;
      measured.machineCpu = cpu.stop();
      phase = null;
      return measured;
    };
    // Each client owns every CONNECTIONS-th deal (over all pipelines).
    const shares = Array.from({ length: CONNECTIONS }, (_, c) =>
      deals.filter((_, i) => i % CONNECTIONS === c),
    );
    // Client c of the paced phase: its share of RATE, its schedule offset by c / RATE seconds.
    const pacedShare = (owned: BenchDeal[], c: number) =>
      pacedClient(owned, RATE / CONNECTIONS, (c * 1000) / RATE);
    // Warm-up at the paced rate (not measured), so the paced phase starts in its own steady state (a
    // closed-loop warm-up leaves a backlog of background work: rescoring, learned rates).
    await runPhase(WARMUP_SECONDS, pacedShare);
    const before = await dealTableStats(database.url);
    const paced = await runPhase(SECONDS, pacedShare);
    const saturated = await runPhase(SECONDS, closedLoopClient);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { salesWorkers } = stack;
    await stack.stop();
    const after = await dealTableStats(database.url);

    // The end state: every column a strict order, positions as the API shows them dense.
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const { rows: disorder } = await check.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM (
         SELECT position, id, lag(position) OVER (PARTITION BY "stageId" ORDER BY position, id) AS previous
         FROM "Deal") c WHERE c.position < c.previous`,
    );
    const { rows: longest } = await check.query<{ n: number }>(
      `SELECT max(length(position))::int AS n FROM "Deal"`,
    );
    await check.end();

    const round = (v: number) => Math.round(v * 100) / 100;
    const figures = ({ latencies, codes, moved, seconds, machineCpu }: Phase) => {
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        seconds: round(seconds),
        requests: latencies.length,
        moves: moved,
        movesPerSecond: round(moved / seconds),
        p50Ms: round(percentile(sorted, 50)),
        p99Ms: round(percentile(sorted, 99)),
        maxMs: round(sorted.at(-1) ?? NaN),
        errorsByCode: Object.fromEntries([...codes].filter(([code]) => code !== 'OK')),
        machineCpu,
      };
    };
    const cpuText = (c: Phase['machineCpu']) =>
      c
        ? `${Math.round(c.busyShare * 100)} % busy, ${c.saturatedIntervals} of ${c.intervals100ms} 100-ms intervals saturated`
        : 'not sampled';
    const moved = saturated.moved + paced.moved;
    const dealUpdates = after.Deal!.updated - before.Deal!.updated;
    const activityInserts = after.Activity!.inserted - before.Activity!.inserted;
    const result = {
      database: 'PostgreSQL (DATABASE_URL), through the subgraph over HTTP',
      pipelines: PIPELINES,
      dealsPerPipeline: DEALS_PER_PIPELINE,
      connections: CONNECTIONS,
      salesWorkers,
      closesShare: CLOSES,
      loadSeconds: round(loadSeconds),
      saturated: {
        what: `closed loop: each of ${CONNECTIONS} clients sends its next move when the last is answered`,
        ...figures(saturated),
      },
      paced: {
        what: `open loop: ${RATE} moves/s offered by ${CONNECTIONS} clients on fixed schedules; latency from each move's due time`,
        offeredPerSecond: RATE,
        ...figures(paced),
      },
      dealRowsUpdatedPerMove: round(dealUpdates / Math.max(1, moved)),
      activitiesPerMove: round(activityInserts / Math.max(1, moved)),
      stageRowsUpdated: after.PipelineStage!.updated - before.PipelineStage!.updated,
      leadRowsUpdated: after.Lead!.updated - before.Lead!.updated,
      columnsOutOfOrder: Number(disorder[0]!.n),
      longestKey: longest[0]!.n,
      loadAverage: loadavg().map((v) => round(v)),
      note: 'Rows per move are over both phases. Deal rows updated include background column rebalances (none expected at these sizes); stage rows are the learned-rate recomputations after closes and reopens.',
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `moves over ${PIPELINES} pipelines at ${CONNECTIONS} connections (${salesWorkers} sales worker(s)): saturated ${result.saturated.movesPerSecond} moves/s, p50 ${result.saturated.p50Ms} ms, p99 ${result.saturated.p99Ms} ms, errors ${JSON.stringify(result.saturated.errorsByCode)}; paced at ${RATE}/s: ${result.paced.movesPerSecond} moves/s, p50 ${result.paced.p50Ms} ms, p99 ${result.paced.p99Ms} ms, errors ${JSON.stringify(result.paced.errorsByCode)}, machine CPU ${cpuText(result.paced.machineCpu)}; ${result.dealRowsUpdatedPerMove} deal rows updated per move`,
    );
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
