import { Prisma, type PrismaClient } from '../db/generated/client';
import { keysAfter } from '../services/deals/positionKey';
import {
  GROWN_COUNTRIES,
  GROWN_INDUSTRIES,
  GROWN_PLANS,
} from '../../../prisma/seed/grownCustomers';

export type GrowthOptions = {
  tenantId: string;
  /** The pipeline whose open stages get the deals. */
  pipelineId: string;
  /** Open deals added to the pipeline, spread over its open stages. */
  openDeals: number;
  /** Leads added to the tenant. */
  leads: number;
  /**
   * Customers added (ids `grow-cus-N`, signals as `grownCustomers` in prisma/seed has them); leads
   * and deals link to them.
   */
  customers: number;
  /** Owners of the added rows, in turn. */
  ownerIds: string[];
  /**
   * Deals won or lost in the pipeline over the last five years, evenly (a third won): a team's
   * history, which the board's Won and Lost zones must not read all of (ADR 081). Default none.
   */
  closedDeals?: number;
};

/**
 * Grows a seeded tenant to a real team's scale in a few bulk statements (INSERT … SELECT
 * generate_series), for benchmarks and the EXPLAIN guard. Triggers are off while loading
 * (session_replication_role = replica): the SalesEvent outbox is not what is measured. Ends with
 * VACUUM ANALYZE, so plans and index-only scans see the real table, whatever autovacuum does.
 */
export async function growSalesData(prisma: PrismaClient, options: GrowthOptions): Promise<void> {
  const { tenantId, pipelineId, ownerIds } = options;
  const stages = await prisma.pipelineStage.findMany({
    where: { pipelineId, kind: 'OPEN' },
    orderBy: { order: 'asc' },
    select: { id: true },
  });
  /** `count` position keys after the last deal of a stage: the stage's column order goes on. */
  const keysOf = async (stageId: string, count: number) => {
    const [last] = await prisma.$queryRaw<{ position: string | null }[]>(
      Prisma.sql`SELECT max(position) AS position FROM "Deal" WHERE "stageId" = ${stageId}`,
    );
    return keysAfter(last?.position ?? null, count);
  };
  const stageIds: string[] = [];
  const keys: string[] = [];
  for (const [index, stage] of stages.entries()) {
    const count =
      Math.floor(options.openDeals / stages.length) +
      (index < options.openDeals % stages.length ? 1 : 0);
    stageIds.push(...Array.from({ length: count }, () => stage.id));
    keys.push(...(await keysOf(stage.id, count)));
  }
  // Every third close a win, in time order: the i-th close is at the i-th step back from now.
  const closedDeals = options.closedDeals ?? 0;
  const closedKeys: { stageId: string; key: string }[] = [];
  let lostStageId: string | null = null;
  if (closedDeals > 0) {
    const closedStages = await prisma.pipelineStage.findMany({
      where: { pipelineId, kind: { not: 'OPEN' } },
      select: { id: true, kind: true },
    });
    const won = closedStages.find((stage) => stage.kind === 'WON');
    const lost = closedStages.find((stage) => stage.kind === 'LOST');
    if (!won || !lost)
      throw new Error(`growSalesData: pipeline ${pipelineId} has no Won or no Lost stage`);
    lostStageId = lost.id;
    const wins = Math.ceil(closedDeals / 3);
    const wonKeys = await keysOf(won.id, wins);
    const lostKeys = await keysOf(lost.id, closedDeals - wins);
    for (let i = 0; i < closedDeals; i++) {
      closedKeys.push(
        i % 3 === 0
          ? { stageId: won.id, key: wonKeys[i / 3]! }
          : { stageId: lost.id, key: lostKeys[i - Math.floor(i / 3) - 1]! },
      );
    }
  }
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "Customer" (id, "tenantId", "healthScore", seats, "activeUsers", industry, country, plan, "updatedAt")
        SELECT 'grow-cus-' || g, ${tenantId}, (g * 37) % 101, 10 + g % 90, 5 + g % 50,
          (${[...GROWN_INDUSTRIES]}::text[])[1 + g % ${GROWN_INDUSTRIES.length}::int],
          (${[...GROWN_COUNTRIES]}::text[])[1 + g % ${GROWN_COUNTRIES.length}::int],
          (${[...GROWN_PLANS]}::text[])[1 + g % ${GROWN_PLANS.length}::int], now()
        FROM generate_series(1, ${options.customers}::int) g`);
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "Deal" (id, "tenantId", "pipelineId", "stageId", "customerId", "ownerId", title, value,
          currency, "expectedCloseDate", position, "stageEnteredAt", "createdAt", "updatedAt")
        SELECT 'grow-deal-' || g, ${tenantId}, ${pipelineId}, s.stage, 'grow-cus-' || (1 + g % ${options.customers}::int),
          (${ownerIds}::text[])[1 + g % ${ownerIds.length}::int], 'Grown deal ' || g, 1000 + (g % 97) * 250, 'USD',
          (date '2026-12-01' + (g % 180)::int), s.key, now() - (g % 90) * interval '1 day',
          now() - g * interval '1 minute', now()
        FROM unnest(${stageIds}::text[], ${keys}::text[]) WITH ORDINALITY AS s(stage, key, g)`);
      if (closedKeys.length) {
        // Closed every 5 * 365 / closedDeals days back from now: the last 90 days hold about
        // 90 / 1,825 of them, as a team that closes at an even pace.
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO "Deal" (id, "tenantId", "pipelineId", "stageId", "customerId", "ownerId", title,
            value, currency, position, "stageEnteredAt", "closedAt", "lostReason", "createdAt", "updatedAt")
          SELECT 'grow-closed-' || g, ${tenantId}, ${pipelineId}, s.stage,
            'grow-cus-' || (1 + g % ${options.customers}::int),
            (${ownerIds}::text[])[1 + g % ${ownerIds.length}::int], 'Closed deal ' || g,
            1000 + (g % 97) * 250, 'USD', s.key, c.at, c.at,
            CASE WHEN s.stage = ${lostStageId} THEN 'Budget' END, c.at - interval '30 days', now()
          FROM unnest(${closedKeys.map((k) => k.stageId)}::text[], ${closedKeys.map((k) => k.key)}::text[])
            WITH ORDINALITY AS s(stage, key, g)
          CROSS JOIN LATERAL (SELECT now() - (g * 1825.0 / ${closedKeys.length}::int) * interval '1 day' AS at) c`);
      }
      await tx.$executeRaw(Prisma.sql`
        INSERT INTO "Lead" (id, "tenantId", name, email, source, status, score, probability, metadata,
          "customerId", "ownerId", "emailsCount", "scoredAt", "scoreModelVersion", "createdAt", "updatedAt")
        SELECT 'grow-lead-' || g, ${tenantId}, 'Lead ' || md5(g::text), 'lead' || g || '@grown.example',
          (ARRAY['web', 'referral', 'event', 'outbound', 'partner'])[1 + g % 5],
          (ARRAY['NEW', 'WORKING', 'QUALIFIED', 'NEW', 'DISQUALIFIED', 'CONVERTED'])[1 + g % 6]::"LeadStatus",
          CASE WHEN g % 20 = 0 THEN NULL ELSE (g::bigint * 7919) % 101 END,
          CASE WHEN g % 20 = 0 THEN NULL ELSE ((g::bigint * 7919) % 101) / 100.0 END,
          '{}'::jsonb,
          CASE WHEN g % 3 = 0 THEN 'grow-cus-' || (1 + g % ${options.customers}::int) END,
          (${ownerIds}::text[])[1 + g % ${ownerIds.length}::int], g % 7,
          CASE WHEN g % 20 = 0 THEN NULL ELSE now() END, CASE WHEN g % 20 = 0 THEN NULL ELSE 'prior-1' END,
          timestamp '2026-01-01' + (g % 500000) * interval '1 minute', now()
        FROM generate_series(1, ${options.leads}::int) g`);
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Customer", "Deal", "Lead"');
}
