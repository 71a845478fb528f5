import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient, RoutingRun } from '../../db/generated/client';
import { recordActivity } from '../activities/recordActivity';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { decideRouting, matchingRules } from './decideRouting';
import { leadSubject } from './leadSubject';
import { loadEnabledRules, loadFallbackOwnerId, loadMembers, ruleFromRow } from './loadRouting';

/** created: a new or imported lead; score_band: its score changed band; on_demand: an admin asked. */
export type RoutingTrigger = 'created' | 'score_band' | 'on_demand';

export type RouteLeadInput = {
  tenantId: string;
  leadId: string;
  /** The event (or request) this routing answers: (eventId, leadId) is acted on once. */
  eventId: string;
  trigger: RoutingTrigger;
  now?: Date;
};

type Tx = Prisma.TransactionClient;

/** Why a lead is left alone before any rule is tested (null: route it). */
async function skipReason(
  tx: Tx,
  lead: { id: string; status: string; ownerId: string | null; tenantId: string },
  trigger: RoutingTrigger,
): Promise<string | null> {
  if (!(OPEN_LEAD_STATUSES as string[]).includes(lead.status))
    return `Not routed: the lead is ${lead.status.toLowerCase()}`;
  if (trigger === 'created' && lead.ownerId)
    return 'Not routed: the lead was given an owner when it was created';
  if (trigger === 'score_band') {
    if (lead.status !== 'NEW')
      return `Not re-routed: the lead is being worked (${lead.status.toLowerCase()})`;
    if (lead.ownerId) {
      const last = await tx.routingRun.findFirst({
        where: {
          tenantId: lead.tenantId,
          leadId: lead.id,
          outcome: { in: ['ASSIGNED', 'UNCHANGED'] },
        },
        orderBy: { createdAt: 'desc' },
        select: { assignedTo: true },
      });
      if (last?.assignedTo !== lead.ownerId) return 'Not re-routed: the lead was assigned by hand';
    }
  }
  return null;
}

/**
 * Routes one lead in one transaction: claims (eventId, leadId) first (a replayed or concurrent
 * duplicate waits on the unique key, then finds it taken and does nothing), locks the lead and
 * the owners it could get, applies the decision, records the ASSIGNED activity and the run.
 * Returns null when the event was already handled.
 */
export async function routeLead(
  prisma: PrismaClient,
  { tenantId, leadId, eventId, trigger, now = new Date() }: RouteLeadInput,
): Promise<RoutingRun | null> {
  return prisma.$transaction(
    async (tx) => {
      const runId = randomUUID();
      const claimed = await tx.routingRun.createMany({
        data: [{ id: runId, tenantId, eventId, trigger, leadId, outcome: 'SKIPPED', reason: '' }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return null;
      const finish = (data: Prisma.RoutingRunUpdateInput) =>
        tx.routingRun.update({ where: { id: runId }, data });

      await tx.$queryRaw`SELECT id FROM "Lead" WHERE id = ${leadId} AND "tenantId" = ${tenantId} FOR UPDATE`;
      const lead = await tx.lead.findFirst({
        where: { id: leadId, tenantId },
        include: { customer: true },
      });
      if (!lead) return finish({ reason: 'Not routed: the lead no longer exists' });
      const skip = await skipReason(tx, lead, trigger);
      if (skip) return finish({ reason: skip, previousOwnerId: lead.ownerId });

      const fallbackId = await loadFallbackOwnerId(tx, tenantId);
      const subject = leadSubject(lead, lead.customer, null, now);
      const matching = matchingRules(
        (await loadEnabledRules(tx, tenantId)).map(ruleFromRow),
        subject,
      );
      const candidates = matching.flatMap((r) => r.ownerIds);
      if (fallbackId) candidates.push(fallbackId);
      if (lead.ownerId) candidates.push(lead.ownerId);
      const members = await loadMembers(tx, tenantId, candidates, {
        lock: true,
        exceptLeadId: lead.id,
      });
      // Read again now that the owners are locked: a routing that held them before us has
      // committed its turn, and ours must continue from it, not from what we read before waiting.
      const rules = (await loadEnabledRules(tx, tenantId)).map(ruleFromRow);
      const decision = decideRouting(rules, subject, members, {
        currentOwnerId: lead.ownerId,
        fallback: (fallbackId && members.get(fallbackId)) || null,
      });
      if (decision.outcome === 'ASSIGNED' && decision.owner) {
        await tx.lead.update({ where: { id: lead.id }, data: { ownerId: decision.owner.id } });
        if (decision.rule?.id && decision.nextIndex !== null)
          await tx.routingRule.update({
            where: { id: decision.rule.id },
            data: { nextIndex: decision.nextIndex },
          });
        await recordActivity(tx, {
          tenantId,
          actorId: null,
          type: 'ASSIGNED',
          leadId: lead.id,
          body: decision.reason,
          payload: {
            by: 'routing',
            ownerId: decision.owner.id,
            ownerName: decision.owner.name,
            previousOwnerId: lead.ownerId,
            ruleId: decision.rule?.id ?? null,
            ruleName: decision.rule?.name ?? null,
            routingRunId: runId,
          },
        });
      }
      return finish({
        outcome: decision.outcome,
        rule: decision.rule?.id ? { connect: { id: decision.rule.id } } : undefined,
        assignedTo: decision.owner?.id ?? null,
        previousOwnerId: lead.ownerId,
        reason: decision.reason,
        evaluations: decision.evaluations,
      });
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}
