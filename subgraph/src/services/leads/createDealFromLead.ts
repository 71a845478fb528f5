import type { Deal, Lead, Pipeline, PipelineStage, Prisma } from '../../db/generated/client';
import { recordActivity } from '../activities/recordActivity';
import { keyAtStart, lockStages } from '../deals/dealColumn';
import { leadMetadataText } from './leadMetadata';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';

export type DealFromLead = {
  tenantId: string;
  lead: Lead;
  stage: PipelineStage & { pipeline: Pipeline };
  /** Who converts: a user, or null for the system (an automation). */
  actorId: string | null;
  ownerId: string | null;
  title?: string | null;
  value: Prisma.Decimal | string;
  currency?: string | null;
  expectedCloseDate?: Date | null;
  /** Text and payload fields written on both activities (an automation says why it ran). */
  activity?: { body?: string; payload?: Record<string, unknown> };
};

/**
 * The one conversion of a lead into a deal, inside the caller's transaction: the stage row first,
 * then the lead (ADR 020's lock order), claimed only while it is still open so a lead converts
 * once however many conversions race; the deal first in its column; CONVERTED on the lead's
 * timeline and CREATED on the deal's. Null when the lead was no longer open or already had a deal.
 */
export async function createDealFromLead(
  tx: Prisma.TransactionClient,
  { tenantId, lead, stage, actorId, ownerId, activity, ...deal }: DealFromLead,
): Promise<Deal | null> {
  await lockStages(tx, [stage.id]);
  const claimed = await tx.lead.updateMany({
    // Open and without a deal: a lead that has one (a merge's, before merges converted) is not
    // converted twice (its deal's unique lead was an INTERNAL error).
    where: { id: lead.id, tenantId, status: { in: OPEN_LEAD_STATUSES }, deal: { is: null } },
    data: { status: 'CONVERTED' },
  });
  if (claimed.count === 0) return null;
  // First in its column, as createDeal puts a new deal (ADR 067): one rule for every new deal, by
  // hand, by conversion or by an automation. The board fetches a converted deal's column again
  // (useConvertLead) and shows it where it is stored: on its first page, not past the cards loaded.
  const position = await keyAtStart(tx, stage.id);
  const company = leadMetadataText(lead.metadata, 'company') ?? lead.name;
  const created = await tx.deal.create({
    data: {
      tenantId,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      leadId: lead.id,
      customerId: lead.customerId,
      ownerId,
      title: deal.title ?? `${company} — new deal`,
      value: deal.value,
      currency: deal.currency ?? stage.pipeline.currency,
      expectedCloseDate: deal.expectedCloseDate ?? null,
      position,
    },
  });
  const extra = activity?.payload ?? {};
  await recordActivity(tx, {
    tenantId,
    actorId,
    type: 'CONVERTED',
    leadId: lead.id,
    body: activity?.body,
    payload: { ...extra, dealId: created.id, from: lead.status },
  });
  await recordActivity(tx, {
    tenantId,
    actorId,
    type: 'CREATED',
    dealId: created.id,
    leadId: lead.id,
    body: activity?.body,
    payload: { ...extra, stageId: stage.id, stage: stage.name, fromLeadId: lead.id },
  });
  return created;
}
