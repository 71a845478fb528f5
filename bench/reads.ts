import pg from 'pg';
import { createSchema } from '../subgraph/src/createSchema';
import { encodeCursor } from '../subgraph/src/services/common/cursor';
import { spaDocument, spaEntityDocument } from './support/spaDocuments';
import {
  benchCustomer,
  createBenchDatabase,
  GROWN_CUSTOMERS,
  loadBenchData,
  machine,
  post,
  startBenchStack,
  timeIt,
} from './support/benchStack';

// npm run bench -- reads: the SPA's own documents through HTTP (subgraph and gateway) on a tenant
// grown to READS_DEALS open deals in one pipeline and READS_LEADS leads (PostgreSQL only).
const DEALS = Number(process.env.READS_DEALS ?? 10_000);
const LEADS = Number(process.env.READS_LEADS ?? 1_000_000);
// Five years of the pipeline's won and lost deals: the board's closed zones read 90 days of them.
const CLOSED = Number(process.env.READS_CLOSED_DEALS ?? 20_000);
const RUNS = Number(process.env.READS_RUNS ?? 50);
// Requests before the measured ones, per document: the server compiles a document's execution the
// first time it sees it (graphql-jit, ADR 047) and V8 optimises the hot code over the first
// requests; a server in use is warm. The first WARMUP requests are reported apart as `coldMs`.
const WARMUP = Number(process.env.READS_WARMUP ?? 30);

async function deepLeadCursor(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; score: number | null }>(
      `SELECT id, score FROM "Lead" WHERE "tenantId" = 'tenant-demo'
       ORDER BY score DESC NULLS LAST, id OFFSET $1 LIMIT 1`,
      [Math.floor((LEADS * 2) / 3)],
    );
    return encodeCursor({ v: rows[0]!.score, id: rows[0]!.id });
  } finally {
    await client.end();
  }
}

/**
 * Writes the loaded data out before measuring: otherwise the checkpoint that a million new rows
 * call for runs during the first documents' timings.
 */
async function checkpoint(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CHECKPOINT');
  } catch (error) {
    // CHECKPOINT needs a superuser (or pg_checkpoint): without one the timings start at once.
    console.warn(`No CHECKPOINT before measuring: ${(error as Error).message}`);
  } finally {
    await client.end();
  }
}

export async function runReadsBench() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('the reads benchmark measures PostgreSQL: set DATABASE_URL');
  const database = await createBenchDatabase(serverUrl);
  try {
    const { loadSeconds } = await loadBenchData(database.url, {
      pipelineId: 'pl-new',
      openDeals: DEALS,
      leads: LEADS,
      customers: GROWN_CUSTOMERS,
      closedDeals: CLOSED,
    });
    const deep = await deepLeadCursor(database.url);
    await checkpoint(database.url);
    const customer = await benchCustomer(database.url);
    const stack = await startBenchStack(database.url, 4610, { grownCustomers: GROWN_CUSTOMERS });
    try {
      const subgraphSchema = createSchema();
      const board = {
        pipelineId: 'pl-new',
        // As the SPA asks (ADR 081): the Won and Lost zones over the last 90 days.
        filter: { closedWithinDays: 90 },
        openFilter: { status: 'OPEN' },
        pageSize: 40,
      };
      const leadPage = { orderBy: { field: 'SCORE', direction: 'DESC' }, first: 50 };
      const cases: {
        name: string;
        label?: string;
        variables: Record<string, unknown>;
        subgraph?: string;
        subgraphVariables?: Record<string, unknown>;
      }[] = [
        { name: 'DealBoard', variables: board },
        {
          // The Won and Lost zones as they were before ADR 081: every deal ever closed.
          name: 'DealBoard',
          label: 'DealBoard, Won and Lost all time',
          variables: { ...board, filter: null },
        },
        { name: 'LeadTable', label: 'LeadTable page 1 by score', variables: leadPage },
        {
          name: 'LeadTable',
          label: 'LeadTable deep page by score',
          variables: { ...leadPage, after: deep },
        },
        {
          name: 'LeadTable',
          label: 'LeadTable page 1 by name',
          variables: { orderBy: { field: 'NAME', direction: 'ASC' }, first: 50 },
        },
        {
          name: 'CustomerPage',
          variables: { id: customer },
          // The gateway asks the sales subgraph for the same rows through _entities.
          subgraph: spaEntityDocument('CustomerPage', 'Customer', subgraphSchema),
          subgraphVariables: { representations: [{ __typename: 'Customer', id: customer }] },
        },
        { name: 'Pipelines', variables: {} },
      ];
      const results: Record<string, unknown>[] = [];
      for (const item of cases) {
        const label = item.label ?? item.name;
        const toSubgraph = item.subgraph ?? spaDocument(item.name, subgraphSchema);
        const toGateway = spaDocument(item.name);
        const toSubgraphOnce = () =>
          post(stack.subgraph, stack.token, toSubgraph, item.subgraphVariables ?? item.variables);
        const toGatewayOnce = () => post(stack.gateway, stack.token, toGateway, item.variables);
        const coldMs = await timeIt(toSubgraphOnce, WARMUP, 0);
        results.push({
          document: label,
          coldMs,
          subgraphMs: await timeIt(toSubgraphOnce, RUNS, 0),
          gatewayMs: await timeIt(toGatewayOnce, RUNS, WARMUP),
        });
      }
      return {
        database: 'postgres',
        data: {
          openDealsInPipeline: DEALS,
          closedDealsInPipeline: CLOSED,
          leads: LEADS,
          loadSeconds,
        },
        runs: RUNS,
        warmup: WARMUP,
        salesWorkers: stack.salesWorkers,
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
  const result = await runReadsBench();
  console.log(JSON.stringify(result, null, 2));
  const line = result.results
    .map((r) => {
      const s = r.subgraphMs as { p50: number };
      const g = r.gatewayMs as { p50: number };
      const c = r.coldMs as { p50: number };
      return `${String(r.document)} p50 ${s.p50} ms (gateway ${g.p50} ms; first ${WARMUP}: ${c.p50} ms)`;
    })
    .join('; ');
  console.log(
    `reads (postgres, ${DEALS} open deals, ${LEADS} leads, ${result.salesWorkers} sales worker(s), p50 of ${RUNS} after ${WARMUP}, load ${result.machine.loadAverage.join(' ')}): ${line}`,
  );
}
