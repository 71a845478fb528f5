import type { PrismaClient } from '../../db/generated/client';
import type { DealChange, HistoryDeal, HistoryStage } from './backtest';

/**
 * The deals (of a pipeline, or all) that could count in a forecast made on or after `since`
 * (created before `until`, open or closed on or after `since`) with the stages each entered, from
 * its timeline (created in, moved to, reopened into), and every stage of their pipelines.
 */
export async function loadForecastHistory(
  prisma: PrismaClient,
  tenantId: string,
  { pipelineId, since, until }: { pipelineId?: string | null; since: Date; until: Date },
): Promise<{ deals: HistoryDeal[]; stages: HistoryStage[] }> {
  const scope = { tenantId, ...(pipelineId ? { pipelineId } : {}) };
  const [deals, stages] = await Promise.all([
    prisma.deal.findMany({
      where: {
        ...scope,
        createdAt: { lt: until },
        OR: [{ closedAt: null }, { closedAt: { gte: since } }],
      },
      select: {
        id: true,
        pipelineId: true,
        stageId: true,
        currency: true,
        value: true,
        createdAt: true,
        expectedCloseDate: true,
        closedAt: true,
        stage: { select: { kind: true } },
      },
      orderBy: { id: 'asc' },
    }),
    prisma.pipelineStage.findMany({
      where: scope,
      select: {
        id: true,
        pipelineId: true,
        order: true,
        kind: true,
        probability: true,
        createdAt: true,
      },
    }),
  ]);
  const events = await prisma.$queryRaw<{ dealId: string; at: Date; stageId: string }[]>`
    SELECT a."dealId", a."occurredAt" AS at,
           COALESCE(a.payload->>'toStageId', a.payload->>'stageId') AS "stageId"
    FROM "Activity" a
    WHERE a."tenantId" = ${tenantId} AND a."dealId" = ANY(string_to_array(${deals.map((d) => d.id).join(',')}, ','))
      AND a.type IN ('CREATED', 'STAGE_CHANGED', 'REOPENED', 'WON', 'LOST')
      AND COALESCE(a.payload->>'toStageId', a.payload->>'stageId') IS NOT NULL
    ORDER BY a."dealId", a."occurredAt", a.id`;
  // Edits of what a forecast reads (updateDeal records each field's from and to).
  const edits = await prisma.$queryRaw<{ dealId: string; at: Date; payload: unknown }[]>`
    SELECT a."dealId", a."occurredAt" AS at, a.payload
    FROM "Activity" a
    WHERE a."tenantId" = ${tenantId} AND a."dealId" = ANY(string_to_array(${deals.map((d) => d.id).join(',')}, ','))
      AND a.type IN ('UPDATED', 'VALUE_CHANGED')
      AND (a.payload ? 'expectedCloseDate' OR a.payload ? 'value' OR a.payload ? 'currency')
    ORDER BY a."dealId", a."occurredAt", a.id`;
  const changesOf = new Map<string, DealChange[]>();
  for (const edit of edits) {
    const payload = (
      typeof edit.payload === 'string' ? JSON.parse(edit.payload) : edit.payload
    ) as Record<string, { from?: string | null } | undefined>;
    for (const field of ['expectedCloseDate', 'value', 'currency'] as const) {
      const change = payload[field];
      if (!change || typeof change !== 'object') continue;
      const list = changesOf.get(edit.dealId) ?? [];
      list.push({ at: edit.at, field, from: change.from ?? null });
      changesOf.set(edit.dealId, list);
    }
  }
  const byDeal = new Map<string, { at: Date; stageId: string }[]>();
  for (const event of events) {
    const list = byDeal.get(event.dealId);
    if (list) list.push({ at: event.at, stageId: event.stageId });
    else byDeal.set(event.dealId, [{ at: event.at, stageId: event.stageId }]);
  }
  return {
    deals: deals.map((deal) => ({
      id: deal.id,
      pipelineId: deal.pipelineId,
      currency: deal.currency,
      value: deal.value.toFixed(2),
      createdAt: deal.createdAt,
      expectedCloseDate: deal.expectedCloseDate,
      closedAt: deal.stage.kind === 'OPEN' ? null : (deal.closedAt ?? deal.createdAt),
      won: deal.stage.kind === 'WON',
      // A deal without a timeline (imported) is known only in the stage it is in now.
      stages: byDeal.get(deal.id) ?? [{ at: deal.createdAt, stageId: deal.stageId }],
      changes: changesOf.get(deal.id),
    })),
    stages,
  };
}
