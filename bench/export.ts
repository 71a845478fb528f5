import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { loadConfig } from '../subgraph/src/config';
import { openDatabase } from '../subgraph/src/db/database';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { bootstrapScoring } from '../subgraph/src/services/leadScoring/bootstrapScoring';
import { parseCsv } from '../subgraph/src/testing/parseCsv';
import { startStack } from '../supergraph/startStack';
import { createBenchDatabase, machine } from './support/benchStack';

// npm run bench -- export: GET /export/leads.csv (ADR 037) over EXPORT_LEADS leads on PostgreSQL,
// through the gateway to the sales subgraph, both in this process: the time to the last byte and
// the live heap above what it held before the request (a full GC every second, then heapUsed:
// what is retained, not garbage waiting to be collected), for the default
// order (score), by name, and filtered. The client counts bytes and keeps nothing,
// except one run that is kept and parsed to check the rows (every lead once, in order).
const LEADS = Number(process.env.EXPORT_LEADS ?? 100_000);
const RUNS = Number(process.env.EXPORT_RUNS ?? 1);
const tenantId = DEMO_PRINCIPAL.tenantId;

const EXPORTS = [
  { label: 'all leads, score order', path: '/export/leads.csv' },
  { label: 'all leads, by name', path: '/export/leads.csv?sort=NAME&dir=ASC' },
  {
    label: 'open leads with a score of 50+',
    path: '/export/leads.csv?status=NEW&status=WORKING&status=QUALIFIED&minScore=50',
  },
];

async function load(url: string) {
  const started = Date.now();
  const db = await openDatabase({ url, statementTimeoutMs: 30 * 60_000 });
  try {
    await applyMigrations(db);
    await seedDemo(db.prisma, { seed: 1, leads: 1000 });
    // Trained and scored before the leads below come with their scores: the stack then does not
    // rescore 100,000 leads in the background while the exports are measured.
    await bootstrapScoring(db.prisma);
    // Names and companies with commas, quotes and formula starts: the quoting is on the path.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Lead" (id, "tenantId", name, email, source, status, metadata, "ownerId", score,
         "createdAt", "updatedAt")
       SELECT 'export-lead-' || g, $1,
              (ARRAY['Ava', 'Ben "BJ"', 'Chloe', '=Dan', 'Émile'])[1 + g % 5] || ' ' || 'Person ' || g,
              'person' || g || '@example.com',
              (ARRAY['web', 'referral', 'event', 'outbound'])[1 + g % 4],
              (ARRAY['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED'])[1 + g % 4]::"LeadStatus",
              jsonb_build_object('company', (ARRAY['Summit, Motors', 'Acme Co', 'Blue "Sky" Labs'])[1 + g % 3]),
              'user-rep-' || (1 + g % 5), CASE WHEN g % 10 = 0 THEN NULL ELSE (g * 7919) % 101 END,
              timestamp '2026-01-01' + g * interval '1 minute', now()
       FROM generate_series(1, $2::int) g`,
      tenantId,
      LEADS,
    );
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE "Lead"');
  } finally {
    await db.close();
  }
  return Math.round((Date.now() - started) / 1000);
}

// A full collection on demand without --expose-gc on the command line (bench/run.ts starts us).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Streams one export, counting bytes; the peak live heap and RSS above the level before it. */
async function measure(url: string, keep = false) {
  const before = { heapUsed: liveHeap(), rss: process.memoryUsage().rss };
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, liveHeap());
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 1000);
  const started = performance.now();
  const response = await fetch(url);
  if (response.status !== 200)
    throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  const chunks: Uint8Array[] = [];
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (keep) chunks.push(read.value);
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return {
    ms: Math.round(ms),
    bytes,
    liveHeapAboveMiB: mib(peakHeap - before.heapUsed),
    peakRssAboveMiB: mib(peakRss - before.rss),
    text: keep ? Buffer.concat(chunks).toString('utf8') : '',
  };
}

export async function runExportBench() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('the export benchmark measures PostgreSQL: set DATABASE_URL');
  const database = await createBenchDatabase(serverUrl);
  try {
    const loadSeconds = await load(database.url);
    console.error(`export bench: loaded in ${loadSeconds} s`);
    const db = await openDatabase({ url: database.url });
    const stack = await startStack({
      config: { ...loadConfig({}), port: 0 },
      gatewayPort: 0,
      crmPort: 0,
      seedIfEmpty: false,
      db,
    });
    try {
      const total = await db.prisma.lead.count({ where: { tenantId } });
      const checked = await measure(`${stack.gateway.origin}/export/leads.csv`, true);
      const ids = parseCsv(checked.text)
        .slice(1)
        .map((row) => row[0]);
      if (ids.length !== total || new Set(ids).size !== total)
        throw new Error(`exported ${ids.length} rows (${new Set(ids).size} distinct) of ${total}`);
      const results = [];
      for (const { label, path } of EXPORTS) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(`${stack.gateway.origin}${path}`));
        console.error(`export bench: ${label} ${runs.map((r) => r.ms).join(', ')} ms`);
        const ordered = [...runs].sort((a, b) => a.ms - b.ms);
        const median = ordered[Math.floor(ordered.length / 2)]!;
        results.push({
          label,
          path,
          rows: label.startsWith('all') ? total : undefined,
          rowsPerSecond: label.startsWith('all')
            ? Math.round(total / (median.ms / 1000))
            : undefined,
          csvMiB: Math.round((median.bytes / 1024 / 1024) * 10) / 10,
          medianMs: median.ms,
          msPerRun: runs.map((r) => r.ms),
          liveHeapAboveMiB: Math.max(...runs.map((r) => r.liveHeapAboveMiB)),
          peakRssAboveMiB: Math.max(...runs.map((r) => r.peakRssAboveMiB)),
        });
      }
      return {
        database: 'postgres',
        data: { leads: total, loadSeconds },
        checked: { rows: ids.length, distinct: new Set(ids).size },
        results,
        machine: machine(),
      };
    } finally {
      await stack.stop();
    }
  } finally {
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runExportBench();
  console.log(JSON.stringify(result, null, 2));
  const line = result.results
    .map(
      (r) => `${r.label} ${r.medianMs} ms, ${r.csvMiB} MiB, live heap +${r.liveHeapAboveMiB} MiB`,
    )
    .join('; ');
  console.log(
    `export (postgres, ${result.data.leads} leads, load ${result.machine.loadAverage.join(' ')}): ${line}`,
  );
}
