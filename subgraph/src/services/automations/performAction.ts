import type { Automation, Deal, Lead, Prisma } from '../../db/generated/client';
import { recordActivity } from '../activities/recordActivity';
import { createDealFromLead } from '../leads/createDealFromLead';
import type { AutomationAction } from './automationTypes';

type Tx = Prisma.TransactionClient;

export type ActionTarget = {
  tenantId: string;
  automation: Pick<Automation, 'id' | 'name'>;
  lead: Lead | null;
  deal: Deal | null;
  /** Why the automation ran, written on each activity ("score rose from 75 to 82 (crossed 80)"). */
  reason: string;
  eventId: string;
  causedBy: readonly string[];
};

/** An action that cannot be done to this lead or deal: the run is FAILED with this message. */
export class ActionError extends Error {}

const by = (t: ActionTarget) => ({
  by: 'automation',
  automationId: t.automation.id,
  automationName: t.automation.name,
});
const body = (t: ActionTarget) => `By automation '${t.automation.name}': ${t.reason}`;

/**
 * Does one action inside the automation's transaction and says what it did. Each change writes
 * its timeline activity in the same transaction; nothing is done that is already so.
 */
export async function performAction(
  tx: Tx,
  t: ActionTarget,
  action: AutomationAction,
): Promise<string> {
  const { tenantId, lead, deal } = t;
  switch (action.type) {
    case 'SET_LEAD_STATUS': {
      if (!lead) throw new ActionError('no lead to set the status of');
      if (lead.status === action.status) return `status already ${action.status}`;
      if (lead.status === 'CONVERTED') throw new ActionError('the lead is already converted');
      await tx.lead.update({ where: { id: lead.id }, data: { status: action.status! } });
      await recordActivity(tx, {
        tenantId,
        actorId: null,
        type: 'STATUS_CHANGED',
        leadId: lead.id,
        body: body(t),
        payload: { ...by(t), from: lead.status, to: action.status! },
      });
      lead.status = action.status!;
      return `status set to ${action.status}`;
    }
    case 'CONVERT_LEAD': {
      if (!lead) throw new ActionError('no lead to convert');
      if (lead.status === 'CONVERTED' || lead.status === 'DISQUALIFIED')
        throw new ActionError(`the lead is ${lead.status.toLowerCase()}`);
      const stage = await tx.pipelineStage.findFirst({
        where: { id: action.stageId!, tenantId },
        include: { pipeline: true },
      });
      if (!stage || stage.kind !== 'OPEN')
        throw new ActionError('the stage is gone or no longer open');
      // Archived after the automation was saved: no deal in a pipeline closed to new ones.
      if (stage.pipeline.archivedAt)
        throw new ActionError('the stage belongs to an archived pipeline');
      const created = await createDealFromLead(tx, {
        tenantId,
        lead,
        stage,
        actorId: null,
        ownerId: lead.ownerId,
        value: action.value!,
        activity: { body: body(t), payload: by(t) },
      });
      if (!created) throw new ActionError('the lead was converted or disqualified meanwhile');
      lead.status = 'CONVERTED';
      return `converted into deal "${created.title}" in ${stage.pipeline.name} / ${stage.name}`;
    }
    case 'ASSIGN': {
      const owner = await tx.user.findFirst({ where: { id: action.ownerId!, tenantId } });
      if (!owner) throw new ActionError(`user ${action.ownerId} no longer exists`);
      const subject = deal ?? lead;
      if (!subject) throw new ActionError('nothing to assign');
      if (subject.ownerId === owner.id) return `already owned by ${owner.name}`;
      if (deal)
        await tx.deal.update({
          where: { id: deal.id },
          data: { ownerId: owner.id, version: { increment: 1 } },
        });
      else await tx.lead.update({ where: { id: lead!.id }, data: { ownerId: owner.id } });
      await recordActivity(tx, {
        tenantId,
        actorId: null,
        type: 'ASSIGNED',
        dealId: deal?.id ?? null,
        leadId: deal ? null : lead!.id,
        body: body(t),
        payload: {
          ...by(t),
          ownerId: owner.id,
          ownerName: owner.name,
          previousOwnerId: subject.ownerId,
        },
      });
      subject.ownerId = owner.id;
      return `assigned to ${owner.name}`;
    }
    case 'ADD_TASK': {
      await recordActivity(tx, {
        tenantId,
        actorId: null,
        type: 'TASK',
        dealId: deal?.id ?? null,
        leadId: deal ? null : (lead?.id ?? null),
        body: action.text!,
        payload: { ...by(t), reason: t.reason },
      });
      return `task added: ${action.text}`;
    }
    case 'EMIT_EVENT': {
      // Through the outbox, in this transaction: published (to Inngest) once, only if this commits.
      await tx.salesEvent.create({
        data: {
          tenantId,
          name: action.eventName!,
          leadId: lead?.id ?? null,
          dealId: deal?.id ?? null,
          data: {
            automationId: t.automation.id,
            automationName: t.automation.name,
            sourceEventId: t.eventId,
            reason: t.reason,
          },
          causedBy: [...t.causedBy, t.automation.id],
        },
      });
      return `event ${action.eventName} emitted`;
    }
  }
}
