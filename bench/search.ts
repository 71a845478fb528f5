import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { openDatabase } from '../subgraph/src/db/database';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { createTestApi } from '../subgraph/src/testing/createTestApi';
import { createBenchDatabase, machine, roundedPercentile, sampleTimes } from './support/benchStack';

// npm run bench -- search: Query.search (deals, leads, customers on pg_trgm indexes, ADR 030)
// and the lead table's search box over SEARCH_LEADS leads with people's names, companies and
// emails (PostgreSQL only). Each query is timed through the GraphQL API in process (no HTTP), and
// each statement Query.search sends is EXPLAINed.
const LEADS = Number(process.env.SEARCH_LEADS ?? 100_000);
const DEALS = Number(process.env.SEARCH_DEALS ?? 10_000);
const CUSTOMERS = Number(process.env.SEARCH_CUSTOMERS ?? 2_000);
const RUNS = Number(process.env.SEARCH_RUNS ?? 100);
const tenantId = DEMO_PRINCIPAL.tenantId;

// Company names as "<first word> <second word>": 40 × 50 = 2,000 companies ("Summit Motors").
const FIRST =
  `Summit Northwind Blue Silver Granite Harbor Pioneer Apex Cedar Evergreen Falcon Golden
  Horizon Ironclad Juniper Keystone Lakeside Meridian Nimbus Oakridge Pinnacle Quantum Redwood
  Sterling Titan Unity Vanguard Willow Zenith Atlas Beacon Cobalt Delta Echo Frontier Global Helix
  Insight Jade Kinetic`.split(/\s+/);
const SECOND = `Motors Logistics Foods Labs Systems Health Partners Energy Capital Media Robotics
  Analytics Software Retail Foundry Works Networks Dynamics Pharma Studios Outfitters Aviation
  Marine Textiles Brewing Bank Insurance Realty Consulting Security Cloud Devices Farms Freight
  Hotels Learning Metals Optics Paper Plastics Rail Solar Telecom Tools Travel Water Wind Yards
  Ventures Group`.split(/\s+/);
const GIVEN = `Ava Ben Chloe Daniel Emma Felix Grace Henry Isla Jack Kara Liam Maya Noah Olivia Paul
  Quinn Ruby Sam Tara Umar Vera Will Xena Yusuf Zoe`.split(/\s+/);
const FAMILY =
  `Smith Johnson Garcia Miller Davis Lopez Wilson Anderson Thomas Moore Martin Lee Walker
  Hall Young King Wright Scott Green Baker Adams Nelson Carter Mitchell Perez Roberts Turner Phillips
  Campbell Parker`.split(/\s+/);

const QUERIES = [
  { label: 'company, full', query: 'Summit Motors' },
  { label: 'company, prefix', query: 'summ' },
  { label: 'company, typo', query: 'Sumit Motors' },
  { label: 'person', query: 'Olivia Walker' },
  { label: 'email fragment', query: 'grace.lee' },
  { label: 'rare word', query: 'Kinetic Yards' },
  { label: 'no match', query: 'zzqx' },
  // In every lead's email: ranked among the first 1,000 found of each kind (ADR 078).
  { label: 'in every lead', query: 'example' },
];

/** The lead table's search box (name, company or email), first page by score with its total. */
const LEAD_TABLE_QUERIES = [
  { label: 'lead table, one person', query: 'olivia.walker12' },
  { label: 'lead table, a first name', query: 'olivia' },
  { label: 'lead table, every lead', query: 'example' },
  { label: 'lead table, no match', query: 'zzqx' },
];

async function load(url: string) {
  const started = Date.now();
  const db = await openDatabase({ url, statementTimeoutMs: 30 * 60_000 });
  try {
    await applyMigrations(db);
    await seedDemo(db.prisma, { seed: 1, leads: 1000 });
    const sql = (text: string, ...values: unknown[]) =>
      db.prisma.$executeRawUnsafe(text, ...values);
    await sql(
      `INSERT INTO "Customer" (id, "tenantId", name, "updatedAt")
       SELECT 'search-cus-' || g, $1, ($2::text[])[1 + g % 40] || ' ' || ($3::text[])[1 + (g / 40) % 50] ||
              CASE WHEN g > 2000 THEN ' ' || g ELSE '' END, now()
       FROM generate_series(1, $4::int) g`,
      tenantId,
      FIRST,
      SECOND,
      CUSTOMERS,
    );
    await sql(
      `INSERT INTO "Lead" (id, "tenantId", name, email, source, metadata, "ownerId", score, "scoredAt",
         "scoreModelVersion", "createdAt", "updatedAt")
       SELECT 'search-lead-' || g, $1, p.given || ' ' || p.family,
              lower(p.given || '.' || p.family || g % 97) || '@' || lower(replace(c.company, ' ', '')) || '.example',
              (ARRAY['web', 'referral', 'event', 'outbound'])[1 + g % 4],
              jsonb_build_object('company', c.company, 'title', 'Buyer'),
              'user-rep-' || (1 + g % 5), (g * 7919) % 101, now(), 'prior-1',
              timestamp '2026-01-01' + g * interval '1 minute', now()
       FROM generate_series(1, $2::int) g
       CROSS JOIN LATERAL (SELECT ($3::text[])[1 + (g * 13) % 40] || ' ' || ($4::text[])[1 + (g * 7) % 50] AS company) c
       CROSS JOIN LATERAL (SELECT ($5::text[])[1 + g % 26] AS given, ($6::text[])[1 + (g / 26) % 30] AS family) p`,
      tenantId,
      LEADS,
      FIRST,
      SECOND,
      GIVEN,
      FAMILY,
    );
    await sql(
      `INSERT INTO "Deal" (id, "tenantId", "pipelineId", "stageId", "customerId", "ownerId", title, value,
         currency, position, "createdAt", "updatedAt")
       SELECT 'search-deal-' || g, $1, 'pl-new', 'pl-new-st-0', 'search-cus-' || (1 + g % $3::int),
              'user-rep-1', c.name || ' — ' || (ARRAY['Platform', 'Pilot', 'Rollout', 'Renewal'])[1 + g % 4],
              1000 + g % 97 * 250, 'USD', 'zz' || lpad(g::text, 8, '0'), now(), now()
       FROM generate_series(1, $2::int) g
       JOIN "Customer" c ON c.id = 'search-cus-' || (1 + g % $3::int)`,
      tenantId,
      DEALS,
      CUSTOMERS,
    );
    await sql('VACUUM ANALYZE "Customer", "Deal", "Lead"');
  } finally {
    await db.close();
  }
  return Math.round((Date.now() - started) / 1000);
}

type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
};

/**
 * The plan's scans; a sequential scan under a LIMIT with nothing between them that reads all its
 * input (search's first 1,000 matches of a query most rows contain, ADR 078) stops when it has
 * found them, and says so.
 */
function scans(node: PlanNode, limited = false): string[] {
  // A sort, an aggregate or a hash reads all of its input whatever LIMIT is above it.
  const blocking = /Sort|Aggregate|Hash|Materialize/.test(node['Node Type']);
  const underLimit = node['Node Type'] === 'Limit' || (limited && !blocking);
  const own = /Scan/.test(node['Node Type'])
    ? [
        `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim() +
          (node['Node Type'] === 'Seq Scan' && underLimit ? ' (under a LIMIT)' : ''),
      ]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => scans(child, underLimit))];
}

type Plans = Record<string, { scans: string[]; executionMs: number }>;

/** `call` once (what it found), 5 times unmeasured, then RUNS timed: its p50 and p95 in ms. */
async function timeQuery(call: () => Promise<number>) {
  const found = await call();
  const times = await sampleTimes(call, RUNS, 5);
  return {
    found,
    p50: roundedPercentile(times, 50),
    p95: roundedPercentile(times, 95),
    runs: RUNS,
  };
}

export async function runSearchBench() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('the search benchmark measures PostgreSQL: set DATABASE_URL');
  const database = await createBenchDatabase(serverUrl);
  try {
    const loadSeconds = await load(database.url);
    const statements: { sql: string; params: string }[] = [];
    const db = await openDatabase({
      url: database.url,
      onQuery: (sql, params) => statements.push({ sql, params }),
    });
    try {
      const api = createTestApi(db.prisma, DEMO_PRINCIPAL, true);
      const document = `query ($q: String!) { search(query: $q, first: 10) {
        kind id title subtitle rank } }`;
      const results = [];
      for (const { label, query } of QUERIES) {
        const call = async () => {
          const { errors, data } = await api.run<{ search: unknown[] }>(document, { q: query });
          if (errors) throw new Error(JSON.stringify(errors));
          return data!.search.length;
        };
        const timed = await timeQuery(call);
        statements.length = 0;
        await call();
        const plans: Plans = {};
        for (const { sql, params } of statements.filter((s) => s.sql.includes('word_similarity'))) {
          const [row] = await db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
            `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
            ...(JSON.parse(params) as unknown[]),
          );
          const raw = row!['QUERY PLAN'];
          const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
            Plan: PlanNode;
            'Execution Time': number;
          }[];
          const table = /FROM "(\w+)"/.exec(sql)?.[1] ?? '?';
          plans[`${table} ${sql.includes('<%') ? 'similar' : 'contains'}`] = {
            scans: scans(plan!.Plan),
            executionMs: plan!['Execution Time'],
          };
        }
        results.push({ label, query, ...timed, plans });
      }
      const leadTable = `query ($q: String) { leads(filter: { search: $q }, first: 50) {
        totalCount edges { node { id name } } } }`;
      for (const { label, query } of LEAD_TABLE_QUERIES) {
        const call = async () => {
          const { errors, data } = await api.run<{ leads: { totalCount: number } }>(leadTable, {
            q: query,
          });
          if (errors) throw new Error(JSON.stringify(errors));
          return data!.leads.totalCount;
        };
        results.push({ label, query, ...(await timeQuery(call)), plans: {} as Plans });
      }
      return {
        database: 'postgres',
        data: { leads: LEADS + 1000, deals: DEALS, customers: CUSTOMERS, loadSeconds },
        results,
        machine: machine(),
      };
    } finally {
      await db.close();
    }
  } finally {
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runSearchBench();
  console.log(JSON.stringify(result, null, 2));
  const seqScans = result.results.flatMap((r) =>
    Object.values(r.plans).flatMap((p) =>
      p.scans.filter((s) => s.startsWith('Seq Scan')).map((s) => `${s} (${r.label})`),
    ),
  );
  const line = result.results.map((r) => `${r.label} p50 ${r.p50} ms p95 ${r.p95} ms`).join('; ');
  console.log(
    `search (postgres, ${result.data.leads} leads, ${result.data.deals} deals, load ${result.machine.loadAverage.join(' ')}): ${line}; sequential scans: ${seqScans.length ? seqScans.join(', ') : 'none'}`,
  );
}
