import type { PrismaClient } from '../db/generated/client';
import { ask, tenantId, type Answer } from './faultHarness';

export type LoadEvent = { at: number; op: 'read' | 'move'; code: string; ms: number };

export type LoadReport = {
  events: LoadEvent[];
  /** Moves answered with the deal (HTTP 200, no error). */
  acknowledged: number;
  /** Moves whose outcome the client cannot know (no answer, or an answer that is not a refusal). */
  uncertain: number;
  /** Deals the load moved, with their version when it started. */
  startVersions: Map<string, number>;
  startedAt: Date;
};

const MOVE = /* GraphQL */ `
  mutation ($id: ID!, $stageId: ID!, $position: Int!, $expectedVersion: Int!) {
    moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $expectedVersion) {
      id
      version
      stage {
        id
      }
    }
  }
`;
const READ_DEAL = `query ($id: ID!) { deal(id: $id) { id version stage { id } } }`;
const READ_BOARD = `query ($id: ID!) { pipeline(id: $id) { stages { id dealCount deals(first: 20) { id title } } } }`;
/** Answers after which the move may or may not have been committed. */
const REFUSALS = new Set(['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']);

/**
 * A load of reads (a deal, a board) and moves (moveDeal between the open stages of one pipeline,
 * with the version the client last saw) from `workers` clients, until `stop()`. Every answer is
 * recorded with its time, so a test can tell what clients saw before, during and after a fault.
 */
export async function startLoad(
  prisma: PrismaClient,
  url: string,
  token: string,
  { workers = 6, deals: dealCount = 40 }: { workers?: number; deals?: number } = {},
) {
  const pipeline = await prisma.pipeline.findFirstOrThrow({
    where: { tenantId },
    orderBy: { position: 'asc' },
    include: { stages: { where: { kind: 'OPEN' }, orderBy: { order: 'asc' } } },
  });
  const stages = pipeline.stages.map((s) => s.id);
  const deals = await prisma.deal.findMany({
    where: { tenantId, stageId: { in: stages } },
    orderBy: { id: 'asc' },
    take: dealCount,
  });
  const known = new Map(deals.map((d) => [d.id, { version: d.version, stageId: d.stageId }]));
  const stale = new Set<string>();
  const startVersions = new Map(deals.map((d) => [d.id, d.version]));
  const startedAt = new Date();
  const t0 = Date.now();
  const events: LoadEvent[] = [];
  let acknowledged = 0;
  let uncertain = 0;
  let stopped = false;
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const timed = async (op: LoadEvent['op'], run: () => Promise<Answer>) => {
    const started = Date.now();
    const answer = await run();
    events.push({ at: started - t0, op, code: answer.code, ms: Date.now() - started });
    return answer;
  };

  const refresh = async (id: string) => {
    const answer = await timed('read', () => ask(url, token, READ_DEAL, { id }));
    const deal = answer.data?.deal as { version: number; stage: { id: string } } | undefined;
    if (answer.code === 'OK' && deal) {
      known.set(id, { version: deal.version, stageId: deal.stage.id });
      stale.delete(id);
    }
  };

  const worker = async (n: number) => {
    // Each worker moves its own deals, so that most moves are not refused as stale.
    const mine = deals.filter((_, i) => i % workers === n).map((d) => d.id);
    while (!stopped) {
      if (random(3) === 0) {
        await timed('read', () => ask(url, token, READ_BOARD, { id: pipeline.id }));
        continue;
      }
      const id = mine[random(mine.length)]!;
      if (stale.has(id)) {
        await refresh(id);
        continue;
      }
      const deal = known.get(id)!;
      const others = stages.filter((s) => s !== deal.stageId);
      const stageId = others[random(others.length)]!;
      const answer = await timed('move', () =>
        ask(url, token, MOVE, { id, stageId, position: random(4), expectedVersion: deal.version }),
      );
      const moved = answer.data?.moveDeal as { version: number; stage: { id: string } } | undefined;
      if (answer.code === 'OK' && moved) {
        acknowledged++;
        known.set(id, { version: moved.version, stageId: moved.stage.id });
      } else {
        if (!REFUSALS.has(answer.code)) uncertain++;
        stale.add(id);
        // A client backs off a little after a failure instead of hammering a broken service.
        if (!REFUSALS.has(answer.code)) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };

  const running = Array.from({ length: workers }, (_, n) => worker(n));
  return {
    t0,
    events,
    stop: async (): Promise<LoadReport> => {
      stopped = true;
      await Promise.all(running);
      return { events, acknowledged, uncertain, startVersions, startedAt };
    },
  };
}
