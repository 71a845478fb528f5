import type { Deal, PipelineStage, Prisma } from '../../db/generated/client';
import type { Principal } from '../../auth/principal';
import { recordActivity } from '../activities/recordActivity';
import { closeGap, columnSize, openGap } from './dealColumn';

type Tx = Prisma.TransactionClient;

/**
 * Puts a deal (its version already claimed, its columns locked) at `position` of `target`, keeping
 * both columns dense, and records the move on the timeline. Closing stages set closedAt and the
 * linked lead's outcome (the scoring target); reopening clears them. The caller recomputes the
 * pipeline's learned rates after the commit when the move closed or reopened the deal
 * (`changesOutcome`).
 */
export async function moveDealInTx(
  tx: Tx,
  principal: Principal,
  deal: Deal,
  from: PipelineStage,
  target: PipelineStage,
  requestedPosition: number,
  lostReason: string | null = null,
): Promise<Deal> {
  const sameStage = deal.stageId === target.id;
  const size = await columnSize(tx, target.id, deal.id);
  const position = Math.min(Math.max(requestedPosition, 0), size);
  const now = new Date();
  if (sameStage) {
    if (position > deal.position) {
      await tx.$executeRaw`UPDATE "Deal" SET position = position - 1 WHERE "stageId" = ${target.id} AND position > ${deal.position} AND position <= ${position} AND id <> ${deal.id}`;
    } else if (position < deal.position) {
      await tx.$executeRaw`UPDATE "Deal" SET position = position + 1 WHERE "stageId" = ${target.id} AND position >= ${position} AND position < ${deal.position} AND id <> ${deal.id}`;
    }
  } else {
    await closeGap(tx, from.id, deal.position);
    await openGap(tx, target.id, position, deal.id);
  }
  const closing = target.kind !== 'OPEN';
  const moved = await tx.deal.update({
    where: { id: deal.id },
    data: sameStage
      ? { position }
      : {
          stageId: target.id,
          position,
          stageEnteredAt: now,
          closedAt: closing ? now : null,
          lostReason: target.kind === 'LOST' ? lostReason : null,
        },
  });
  if (sameStage) {
    await recordActivity(tx, {
      tenantId: deal.tenantId,
      actorId: principal.userId,
      type: 'UPDATED',
      dealId: deal.id,
      payload: { position: { from: deal.position, to: position } },
    });
    return moved;
  }
  await recordActivity(tx, {
    tenantId: deal.tenantId,
    actorId: principal.userId,
    type: target.kind === 'WON' ? 'WON' : target.kind === 'LOST' ? 'LOST' : 'STAGE_CHANGED',
    dealId: deal.id,
    body: target.kind === 'LOST' ? lostReason : null,
    payload: {
      fromStageId: from.id,
      toStageId: target.id,
      fromStage: from.name,
      toStage: target.name,
    },
  });
  if (deal.leadId && (closing || from.kind !== 'OPEN')) {
    await tx.lead.update({
      where: { id: deal.leadId },
      data: closing
        ? { outcome: target.kind === 'WON' ? 'WON' : 'LOST', outcomeAt: now }
        : { outcome: null, outcomeAt: null },
    });
  }
  return moved;
}

/** A move into or out of a WON/LOST stage changes the pipeline's learned conversion rates. */
export function changesOutcome(from: PipelineStage, target: PipelineStage): boolean {
  return from.id !== target.id && (from.kind !== 'OPEN' || target.kind !== 'OPEN');
}
