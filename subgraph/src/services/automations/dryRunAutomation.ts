import type { Deal, Lead } from '../../db/generated/client';
import type { AutomationInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { evaluateConditions } from '../routing/evaluateConditions';
import { leadSubject } from '../routing/leadSubject';
import { parseAutomationInput, type ParsedAutomation } from './automationInputSchema';
import type { AutomationAction } from './automationTypes';

export const MAX_DRY_RUN_SUBJECTS = 1000;
const SAMPLES = 25;

export type AutomationDryRun = {
  evaluated: number;
  matched: number;
  samples: { lead: Lead | null; deal: Deal | null; reason: string; actions: string[] }[];
};

const describe = (a: AutomationAction) =>
  ({
    SET_LEAD_STATUS: `set status to ${a.status}`,
    CONVERT_LEAD: `convert into a deal worth ${a.value}`,
    ASSIGN: 'assign',
    ADD_TASK: `add task "${a.text}"`,
    EMIT_EVENT: `emit ${a.eventName}`,
  })[a.type];

/** Which leads or deals the automation's trigger side holds for now (what it would act on next). */
async function candidates(context: Context, a: ParsedAutomation, take: number) {
  const { prisma, tenantId } = context;
  if (a.trigger === 'LEAD_CREATED' || a.trigger === 'SCORE_CROSSED') {
    const score =
      a.trigger === 'SCORE_CROSSED'
        ? a.direction === 'UP'
          ? { gte: a.threshold! }
          : { lt: a.threshold! }
        : undefined;
    const leads = await prisma.lead.findMany({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES }, ...(score ? { score } : {}) },
      include: { customer: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take,
    });
    return leads.map(({ customer, ...lead }) => ({ lead, customer, deal: null }));
  }
  const deals = await prisma.deal.findMany({
    where: {
      tenantId,
      closedAt: null,
      ...(a.stageId ? { stageId: a.stageId } : {}),
      ...(a.trigger === 'DEAL_ROTTING'
        ? { stage: { kind: 'OPEN', rottingDays: { not: null } } }
        : {}),
    },
    include: { lead: { include: { customer: true } }, stage: true },
    orderBy: [{ stageEnteredAt: 'asc' }, { id: 'asc' }],
    take,
  });
  return deals.map(({ lead, stage: _stage, ...deal }) => {
    const { customer = null, ...leadRow } = lead ?? {};
    return { lead: lead ? (leadRow as Lead) : null, customer, deal: deal };
  });
}

/**
 * What an automation would do now: its conditions tested on the leads (or deals) its trigger
 * currently holds for, and the actions it would take. Reads only.
 */
export async function dryRunAutomation(
  context: Context,
  raw: AutomationInput,
  first: number | null | undefined,
): Promise<AutomationDryRun> {
  assertAdmin(context.principal, 'try automations');
  const automation = await parseAutomationInput(context, raw);
  const take = Math.min(Math.max(first ?? 200, 1), MAX_DRY_RUN_SUBJECTS);
  const rows = await candidates(context, automation, take);
  const samples: AutomationDryRun['samples'] = [];
  let matched = 0;
  for (const row of rows) {
    const result = evaluateConditions(
      automation.conditions,
      automation.match,
      leadSubject(row.lead, row.customer, row.deal),
    );
    if (!result.matched) continue;
    matched++;
    if (samples.length < SAMPLES)
      samples.push({
        lead: row.lead,
        deal: row.deal,
        reason: result.because,
        actions: automation.actions.map(describe),
      });
  }
  return { evaluated: rows.length, matched, samples };
}
