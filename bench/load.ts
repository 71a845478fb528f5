import autocannon from 'autocannon';
import pg from 'pg';
import { createSchema } from '../subgraph/src/createSchema';
import { spaDocument, spaEntityDocument } from './support/spaDocuments';
import {
  benchCustomer,
  createBenchDatabase,
  GROWN_CUSTOMERS,
  latencyFigures,
  loadBenchData,
  machine,
  post,
  sampleTimes,
  startBenchStack,
  timeIt,
} from './support/benchStack';

// npm run bench -- load: autocannon against the subgraph and the gateway (board, lead page,
// customer, a move mix; 10 and 50 connections), each as a share of `{ __typename }` on the same
// server, and _entities for 1-1,000 Customers against hand-written SQL of the same rows.
const DEALS = Number(process.env.LOAD_DEALS ?? 2_000);
const LEADS = Number(process.env.LOAD_LEADS ?? 1_000_000);
// Five years of the pipeline's won and lost deals: the board's closed zones read 90 days of them.
const CLOSED = Number(process.env.LOAD_CLOSED_DEALS ?? 20_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
// Unmeasured seconds before each run: a document's first requests are answered before it is
// compiled and before V8 has optimised the compiled code; a user meets a server that has run.
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 2);
const CONNECTIONS = [10, 50];

/** A customer's sales figures as a gateway client asks for them (and `_entities` below). */
const CUSTOMER_SALES =
  'deals(first: 20) { id title value currency stage { id name } } leadScore { score probability band }';

type Scenario = {
  name: string;
  body: (target: 'subgraph' | 'gateway') => string | null;
  /** Builds each request (moves need the deal's current version); default: the fixed body. */
  dynamic?: boolean;
};

function errorCodes(body: string, status: number, codes: Record<string, number>) {
  // An answer without the word is without errors: parsing every board's 92 KB here cost the load
  // generator about a millisecond of the two cores it shares with the server (ADR 077).
  if (status < 400 && !body.includes('"errors"')) return;
  let parsed: { errors?: { extensions?: { code?: string } }[] } | undefined;
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    parsed = undefined;
  }
  const errors = parsed?.errors ?? (status >= 400 ? [{}] : []);
  for (const error of errors) {
    const code = error.extensions?.code ?? `HTTP_${status}`;
    codes[code] = (codes[code] ?? 0) + 1;
  }
}

async function openDeals(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: deals } = await client.query<{ id: string; version: number }>(
      `SELECT d.id, d.version FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
       WHERE d."pipelineId" = 'pl-new' AND s.kind = 'OPEN' ORDER BY d.id`,
    );
    const { rows: stages } = await client.query<{ id: string }>(
      `SELECT id FROM "PipelineStage" WHERE "pipelineId" = 'pl-new' AND kind = 'OPEN' ORDER BY "order"`,
    );
    return { deals, stageIds: stages.map((s) => s.id) };
  } finally {
    await client.end();
  }
}

async function run(
  url: string,
  token: string,
  connections: number,
  scenario: Scenario,
  body: string,
  moves?: { deals: { id: string; version: number }[]; stageIds: string[] },
) {
  const codes: Record<string, number> = {};
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  // Deals not in flight: a move takes one, its response puts it back with its new version, so no
  // two requests move the same deal at once and every expectedVersion is the current one.
  const free = [...(moves?.deals ?? [])];
  let turn = 0;
  const result = await autocannon({
    // autocannon takes `warmup` (lib/init.js) though its types do not name it.
    ...({ warmup: { connections, duration: WARMUP_SECONDS } } as object),
    url,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers,
        body,
        ...(scenario.dynamic && moves
          ? {
              setupRequest: (request, context) => {
                turn++;
                const deal = free.shift() ?? moves.deals[turn % moves.deals.length]!;
                context.deal = deal;
                const stageId = moves.stageIds[turn % moves.stageIds.length];
                return {
                  ...request,
                  body: JSON.stringify({
                    query: body,
                    variables: { id: deal.id, stageId, position: turn % 5, v: deal.version },
                  }),
                };
              },
            }
          : {}),
        onResponse: (status, responseBody, context) => {
          errorCodes(responseBody, status, codes);
          if (scenario.dynamic) {
            let version: number | undefined;
            try {
              version = (JSON.parse(responseBody) as { data?: { moveDeal?: { version: number } } })
                .data?.moveDeal?.version;
            } catch {
              version = undefined;
            }
            const deal = context.deal as { id: string; version: number } | undefined;
            if (deal && version) deal.version = version;
            if (deal) free.push(deal);
          }
        },
      },
    ],
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: { ...codes, ...(result.errors ? { SOCKET: result.errors } : {}) },
  };
}

// `_entities` against its SQL, both warm (ADR 080): a gateway sends a subgraph the same document
// again and again, and the SQL is timed in a loop of its own, as before.
const ENTITY_WARMUP = 100;
const ENTITY_BLOCKS = 10;
const ENTITY_BLOCK_RUNS = 20;

/**
 * p50/p99 of `a` and of `b`, each warmed by `warmup` unmeasured calls, then timed in blocks of
 * consecutive calls, a block of `a` and a block of `b` in turn: each side keeps the pace of a loop
 * of its own (a statement right after an HTTP request is slower than one in a loop: ADR 080), and
 * the drift of a shared machine falls on both sides alike.
 */
async function inBlocks(a: () => Promise<unknown>, b: () => Promise<unknown>, warmup: number) {
  await sampleTimes(a, 0, warmup);
  await sampleTimes(b, 0, warmup);
  const times = { a: [] as number[], b: [] as number[] };
  for (let block = 0; block < ENTITY_BLOCKS; block++) {
    const [call, into] = block % 2 === 0 ? [a, times.a] : [b, times.b];
    into.push(...(await sampleTimes(call, ENTITY_BLOCK_RUNS, 0)));
  }
  return { a: latencyFigures(times.a), b: latencyFigures(times.b) };
}

async function entitiesAgainstSql(url: string, subgraph: string, token: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id ${CUSTOMER_SALES} } } }`;
  const sql = `SELECT c.id, d.id AS deal_id, d.title, d.value, d.currency, s.id AS stage_id, s.name, l.score, l.probability
    FROM unnest($1::text[]) AS c(id)
    LEFT JOIN LATERAL (SELECT * FROM "Deal" d WHERE d."tenantId" = 'tenant-demo' AND d."customerId" = c.id
      ORDER BY d."createdAt" DESC, d.id LIMIT 20) d ON TRUE
    LEFT JOIN "PipelineStage" s ON s.id = d."stageId"
    LEFT JOIN LATERAL (SELECT score, probability FROM "Lead" l WHERE l."tenantId" = 'tenant-demo'
      AND l."customerId" = c.id AND l.status IN ('NEW', 'WORKING', 'QUALIFIED') AND l.score IS NOT NULL
      ORDER BY l.score DESC, l.id LIMIT 1) l ON TRUE`;
  const results = [];
  try {
    for (const count of [1, 10, 100, 1000]) {
      const ids = Array.from({ length: count }, (_, i) => `grow-cus-${i + 1}`);
      const representations = ids.map((id) => ({ __typename: 'Customer', id }));
      const api = () => post(subgraph, token, query, { r: representations });
      const handWritten = () => client.query(sql, [ids]);
      // As measured up to 2026-12-01 (ADR 080): 30 requests after 5, then 30 statements after 5.
      const sequential = {
        subgraphMs: await timeIt(api, 30),
        sqlMs: await timeIt(handWritten, 30),
      };
      const warm = await inBlocks(api, handWritten, ENTITY_WARMUP);
      results.push({
        customers: count,
        subgraphMs: warm.a,
        sqlMs: warm.b,
        ratio: Math.round((warm.a.p50 / warm.b.p50) * 10) / 10,
        sequential: {
          ...sequential,
          ratio: Math.round((sequential.subgraphMs.p50 / sequential.sqlMs.p50) * 10) / 10,
        },
      });
    }
  } finally {
    await client.end();
  }
  return results;
}

export async function runLoadBench() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('the load benchmark measures PostgreSQL: set DATABASE_URL');
  const database = await createBenchDatabase(serverUrl);
  try {
    const { loadSeconds } = await loadBenchData(database.url, {
      pipelineId: 'pl-new',
      openDeals: DEALS,
      leads: LEADS,
      customers: GROWN_CUSTOMERS,
      closedDeals: CLOSED,
    });
    const customer = await benchCustomer(database.url);
    const stack = await startBenchStack(database.url, 4640, { grownCustomers: GROWN_CUSTOMERS });
    try {
      const schema = createSchema();
      const request = (query: string, variables: Record<string, unknown>) =>
        JSON.stringify({ query, variables });
      // As the SPA asks (ADR 081): the Won and Lost zones over the last 90 days.
      const board = {
        pipelineId: 'pl-new',
        filter: { closedWithinDays: 90 },
        openFilter: { status: 'OPEN' },
        pageSize: 40,
      };
      const lead = { orderBy: { field: 'SCORE', direction: 'DESC' }, first: 50 };
      const customerRep = { representations: [{ __typename: 'Customer', id: customer }] };
      const move = `mutation Move($id: ID!, $stageId: ID!, $position: Int!, $v: Int!) {
        moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v) { id version } }`;
      const scenarios: Scenario[] = [
        { name: '{ __typename }', body: () => request('{ __typename }', {}) },
        {
          name: 'board (DealBoard)',
          body: (t) =>
            request(spaDocument('DealBoard', t === 'subgraph' ? schema : undefined), board),
        },
        {
          name: 'lead page (LeadTable)',
          body: (t) =>
            request(spaDocument('LeadTable', t === 'subgraph' ? schema : undefined), lead),
        },
        {
          name: 'customer (CustomerPage)',
          body: (t) =>
            t === 'subgraph'
              ? request(spaEntityDocument('CustomerPage', 'Customer', schema), customerRep)
              : request(spaDocument('CustomerPage'), { id: customer }),
        },
        {
          // The document issue 11 measured and set the 1,000/s target on: what a gateway client
          // asks of a customer's sales figures, without the customer page's totals, conversions,
          // signals and explanation.
          name: 'customer { deals leadScore }',
          body: (t) =>
            t === 'subgraph'
              ? request(
                  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { ${CUSTOMER_SALES} } } }`,
                  {
                    r: customerRep.representations,
                  },
                )
              : request(
                  `query ($id: ID!) { customer(id: $id) { name healthScore ${CUSTOMER_SALES} } }`,
                  {
                    id: customer,
                  },
                ),
        },
        { name: 'moveDeal mix', body: () => move, dynamic: true },
      ];
      const load: Record<string, unknown>[] = [];
      for (const target of ['subgraph', 'gateway'] as const) {
        const url = target === 'subgraph' ? stack.subgraph : stack.gateway;
        for (const connections of CONNECTIONS) {
          let ceiling = 0;
          for (const scenario of scenarios) {
            const body = scenario.body(target);
            if (!body) continue;
            // Versions read afresh before each move run: a move in flight when the previous run
            // ended committed without its answer being read, so a kept version would be stale.
            const moves = scenario.dynamic ? await openDeals(database.url) : undefined;
            const figures = await run(url, stack.token, connections, scenario, body, moves);
            if (scenario.name === '{ __typename }') ceiling = figures.reqPerSec;
            load.push({
              target,
              connections,
              scenario: scenario.name,
              ...figures,
              shareOfTypename: ceiling
                ? Math.round((figures.reqPerSec / ceiling) * 1000) / 10
                : null,
            });
          }
        }
      }
      const entities = await entitiesAgainstSql(database.url, stack.subgraph, stack.token);
      return {
        database: 'postgres',
        data: {
          openDealsInPipeline: DEALS,
          closedDealsInPipeline: CLOSED,
          leads: LEADS,
          loadSeconds,
          secondsPerRun: SECONDS,
          warmupSecondsPerRun: WARMUP_SECONDS,
        },
        salesWorkers: stack.salesWorkers,
        load,
        entities,
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
  const result = await runLoadBench();
  console.log(JSON.stringify(result, null, 2));
  const at10 = result.load
    .filter((row) => row.connections === 10 && row.target === 'subgraph')
    .map((row) => `${String(row.scenario)} ${String(row.reqPerSec)}/s`)
    .join(', ');
  const e100 = result.entities.find((row) => row.customers === 100);
  console.log(
    `load (postgres, ${DEALS} deals, ${LEADS} leads, ${result.salesWorkers} sales worker(s), load ${result.machine.loadAverage.join(' ')}): subgraph at 10 connections: ${at10}; _entities 100 = ${e100?.ratio}× the SQL, both warm (${e100?.sequential.ratio}× after 5 calls each)`,
  );
}
