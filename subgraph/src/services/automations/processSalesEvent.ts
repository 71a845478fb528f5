import type {
  Automation,
  AutomationRun,
  PrismaClient,
  RoutingRun,
  SalesEvent,
} from '../../db/generated/client';
import { daysInStage } from '../deals/rotting';
import { scoreBand } from '../leadScoring/scoreBand';
import { routeLead } from '../routing/routeLead';
import {
  DEAL_ROTTING,
  DEAL_STAGE_CHANGED,
  LEAD_CREATED,
  SCORE_CHANGED,
  crossed,
} from './automationTypes';
import { runAutomation } from './runAutomation';

export type ProcessedEvent = { routing: RoutingRun | null; automations: AutomationRun[] };

type Data = { from?: number | null; to?: number | null; toStageId?: string | null };
const dataOf = (event: SalesEvent) => (event.data ?? {}) as Data;

/** The automations this event triggers, each with why (the first part of its run's reason). */
async function triggered(
  prisma: PrismaClient,
  event: SalesEvent,
  now: Date,
): Promise<[Automation, string][]> {
  const { tenantId } = event;
  const enabled = (trigger: Automation['trigger']) =>
    prisma.automation.findMany({
      where: { tenantId, enabled: true, trigger },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    });
  const data = dataOf(event);
  switch (event.name) {
    case LEAD_CREATED:
      return (await enabled('LEAD_CREATED')).map((a) => [a, 'the lead was created']);
    case SCORE_CHANGED: {
      const from = data.from ?? null;
      const to = data.to ?? null;
      return (await enabled('SCORE_CROSSED'))
        .filter((a) => crossed(a.threshold!, a.direction!, from, to))
        .map((a) => [
          a,
          a.direction === 'UP'
            ? `score ${from === null ? 'first scored' : `rose from ${from}`} to ${to} (reached ${a.threshold})`
            : `score fell from ${from} to ${to} (below ${a.threshold})`,
        ]);
    }
    case DEAL_STAGE_CHANGED: {
      const stage = data.toStageId
        ? await prisma.pipelineStage.findFirst({ where: { id: data.toStageId, tenantId } })
        : null;
      return (await enabled('DEAL_STAGE_CHANGED'))
        .filter((a) => a.stageId === null || a.stageId === data.toStageId)
        .map((a) => [a, `the deal entered ${stage?.name ?? 'a stage'}`]);
    }
    case DEAL_ROTTING: {
      const deal = event.dealId
        ? await prisma.deal.findFirst({
            where: { id: event.dealId, tenantId },
            include: { stage: true },
          })
        : null;
      const why = deal
        ? `the deal has sat in ${deal.stage.name} for ${daysInStage(deal, now)} days (rots after ${deal.stage.rottingDays})`
        : 'the deal is rotting';
      return (await enabled('DEAL_ROTTING')).map((a) => [a, why]);
    }
    default:
      return [];
  }
}

/**
 * Acts on one outbox event: routing first (a new lead, or a score that changed band), then the
 * automations it triggers in their order. Each piece is once-only on its own key, so running an
 * event twice (a replay, a retry after a crash, two replicas) does each thing once.
 */
export async function processSalesEvent(
  prisma: PrismaClient,
  event: SalesEvent,
  now = new Date(),
): Promise<ProcessedEvent> {
  let routing: RoutingRun | null = null;
  const data = dataOf(event);
  const band = (score: number | null | undefined) => (score == null ? null : scoreBand(score));
  const bandChanged = event.name === SCORE_CHANGED && band(data.from) !== band(data.to);
  if (event.leadId && (event.name === LEAD_CREATED || bandChanged)) {
    routing = await routeLead(prisma, {
      tenantId: event.tenantId,
      leadId: event.leadId,
      eventId: event.id,
      trigger: event.name === LEAD_CREATED ? 'created' : 'score_band',
      now,
    });
  }
  const automations: AutomationRun[] = [];
  for (const [automation, reason] of await triggered(prisma, event, now)) {
    const run = await runAutomation(prisma, automation, event, reason, now);
    if (run) automations.push(run);
  }
  return { routing, automations };
}
