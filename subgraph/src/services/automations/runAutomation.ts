import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type {
  Automation,
  AutomationRun,
  Prisma,
  PrismaClient,
  SalesEvent,
} from '../../db/generated/client';
import type { Condition } from '../routing/conditionTypes';
import { evaluateConditions } from '../routing/evaluateConditions';
import { leadSubject } from '../routing/leadSubject';
import { MAX_CHAIN, type AutomationAction } from './automationTypes';
import { ActionError, performAction } from './performAction';

type Tx = Prisma.TransactionClient;

async function loadTarget(tx: Tx, event: SalesEvent) {
  // Locked first, so two automations acting on one lead or deal take turns.
  if (event.dealId)
    await tx.$queryRaw`SELECT id FROM "Deal" WHERE id = ${event.dealId} AND "tenantId" = ${event.tenantId} FOR UPDATE`;
  const deal = event.dealId
    ? await tx.deal.findFirst({ where: { id: event.dealId, tenantId: event.tenantId } })
    : null;
  const leadId = event.leadId ?? deal?.leadId ?? null;
  if (leadId)
    await tx.$queryRaw`SELECT id FROM "Lead" WHERE id = ${leadId} AND "tenantId" = ${event.tenantId} FOR UPDATE`;
  const lead = leadId
    ? await tx.lead.findFirst({
        where: { id: leadId, tenantId: event.tenantId },
        include: { customer: true },
      })
    : null;
  return { deal, lead, leadId };
}

/**
 * Runs one automation for one event in one transaction, once: the (automationId, eventId) run row
 * is claimed first, so a replayed or concurrent duplicate does nothing. The loop guard skips an
 * automation whose own actions caused the event (SalesEvent.causedBy, set by the database
 * triggers from this transaction's `sales.caused_by`). A condition miss is logged as NOT_MATCHED;
 * an action that cannot be done rolls everything back and is logged as FAILED. Returns null when
 * the event was already handled.
 */
export async function runAutomation(
  prisma: PrismaClient,
  automation: Automation,
  event: SalesEvent,
  reason: string,
  now = new Date(),
): Promise<AutomationRun | null> {
  const ids = { tenantId: event.tenantId, automationId: automation.id, eventId: event.id };
  try {
    return await prisma.$transaction(
      async (tx) => {
        const id = randomUUID();
        const claimed = await tx.automationRun.createMany({
          data: [
            {
              id,
              ...ids,
              leadId: event.leadId,
              dealId: event.dealId,
              outcome: 'SKIPPED',
              reason: '',
            },
          ],
          skipDuplicates: true,
        });
        if (claimed.count === 0) return null;
        const finish = (data: Prisma.AutomationRunUpdateInput) =>
          tx.automationRun.update({ where: { id }, data });
        if (event.causedBy.includes(automation.id))
          return finish({
            reason: `Loop guard: ${reason}, but this automation's own action caused it`,
          });
        if (event.causedBy.length >= MAX_CHAIN)
          return finish({
            reason: `Loop guard: ${event.causedBy.length} automations already led to this event`,
          });
        const chain = [...event.causedBy, automation.id].join(',');
        await tx.$executeRaw`SELECT set_config('sales.caused_by', ${chain}, true)`;

        const { deal, lead, leadId } = await loadTarget(tx, event);
        if (!lead && !deal)
          return finish({ reason: `${reason}, but the lead or deal no longer exists` });
        const subject = leadSubject(lead, lead?.customer ?? null, deal, now);
        const { matched, because } = evaluateConditions(
          automation.conditions as Condition[],
          automation.match,
          subject,
        );
        const where = { leadId, dealId: deal?.id ?? null };
        if (!matched)
          return finish({
            ...where,
            outcome: 'NOT_MATCHED',
            reason: `${reason}; conditions not met: ${because}`,
          });
        const why = (automation.conditions as Condition[]).length
          ? `${reason}, and ${because}`
          : reason;
        const done: string[] = [];
        const target = {
          tenantId: event.tenantId,
          automation,
          lead,
          deal,
          reason: why,
          eventId: event.id,
          causedBy: event.causedBy,
        };
        for (const action of automation.actions as AutomationAction[])
          done.push(await performAction(tx, target, action));
        return finish({ ...where, outcome: 'ACTED', reason: why, actions: done });
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    // Business failures are final: logged once (the run row keeps the event from retrying this
    // automation). Anything else (the database, the network) is rethrown for the relay to retry.
    if (!(error instanceof ActionError || error instanceof GraphQLError)) throw error;
    await prisma.automationRun.createMany({
      data: [
        {
          ...ids,
          leadId: event.leadId,
          dealId: event.dealId,
          outcome: 'FAILED',
          reason,
          error: error.message,
        },
      ],
      skipDuplicates: true,
    });
    return prisma.automationRun.findUnique({
      where: { automationId_eventId: { automationId: automation.id, eventId: event.id } },
    });
  }
}
