import type { Deal, PipelineStage, Prisma } from '../../db/generated/client';
import type { Principal } from '../../auth/principal';
import { recordActivity } from '../activities/recordActivity';
import type { LockedDeal } from './claimDealVersion';
import { indexInColumn, placeInColumn } from './dealColumn';

type Tx = Prisma.TransactionClient;

/**
 * Puts a deal (its row and its columns locked, its version checked) at index `requestedPosition`
 * of `target` by giving it a key between its new neighbours' (ADR 023): the deal's row is the only
 * one written, its version bumped in the same write. Records the move on the timeline. Closing
 * stages set closedAt and the linked lead's outcome (the scoring target); reopening clears them.
 * The caller recomputes the pipeline's learned rates after the commit when the move closed or
 * reopened the deal (`changesOutcome`), and rebalances the column when `rebalance` says so.
 */
export async function moveDealInTx(
  tx: Tx,
  principal: Principal,
  deal: LockedDeal,
  from: PipelineStage,
  target: PipelineStage,
  requestedPosition: number,
  lostReason: string | null = null,
  reopening = false,
): Promise<{ moved: Deal; index: number; rebalance: boolean }> {
  const sameStage = deal.stageId === target.id;
  const fromIndex = sameStage ? await indexInColumn(tx, deal) : null;
  const { key, index, rebalance } = await placeInColumn(
    tx,
    target.id,
    Math.max(requestedPosition, 0),
    {
      id: deal.id,
      current: sameStage ? deal.position : null,
    },
  );
  const now = new Date();
  const closing = target.kind !== 'OPEN';
  const moved = await tx.deal.update({
    where: { id: deal.id },
    data: sameStage
      ? { position: key, version: { increment: 1 } }
      : {
          stageId: target.id,
          position: key,
          version: { increment: 1 },
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
      payload: { position: { from: fromIndex, to: index } },
    });
    return { moved, index, rebalance };
  }
  await recordActivity(tx, {
    tenantId: deal.tenantId,
    actorId: principal.userId,
    type:
      target.kind === 'WON'
        ? 'WON'
        : target.kind === 'LOST'
          ? 'LOST'
          : reopening
            ? 'REOPENED'
            : 'STAGE_CHANGED',
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
  return { moved, index, rebalance };
}

/** A move into or out of a WON/LOST stage changes the pipeline's learned conversion rates. */
export function changesOutcome(from: PipelineStage, target: PipelineStage): boolean {
  return from.id !== target.id && (from.kind !== 'OPEN' || target.kind !== 'OPEN');
}
