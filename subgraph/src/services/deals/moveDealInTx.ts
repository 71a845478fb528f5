import { randomUUID } from 'node:crypto';
import {
  Prisma,
  type ActivityType,
  type Deal,
  type PipelineStage,
} from '../../db/generated/client';
import type { RawReader } from '../../db/rawReads';
import type { Principal } from '../../auth/principal';
import type { DealToMove } from './claimDealVersion';
import { placeAtKey, placeInColumn } from './dealColumn';

/**
 * Where a reopened deal goes back to in the stage it was closed from: the key and the
 * stageEnteredAt it had there, as its close recorded them (`fromPositionKey`,
 * `fromStageEnteredAt` in the WON or LOST entry's payload; ADR 067).
 */
export type PlaceBefore = { position: string; stageEnteredAt: Date };

/**
 * Puts a deal (its row and its columns locked, its version checked) at the index it was read for
 * in `target` (`lockDealForMove`) by giving it a key between its new neighbours' (ADR 023): the
 * deal's row is the only one written, its version bumped in the same write (nothing is written
 * when it is already there). Records the move on the timeline. Closing stages set closedAt and the
 * linked lead's outcome (the scoring target); reopening clears them. One statement writes the
 * deal, its activity and its lead (ADR 050). The caller recomputes the pipeline's learned rates
 * after the commit when the move closed or reopened the deal (`changesOutcome`), and rebalances
 * the column when `rebalance` says so. A close from an open stage records where the deal was
 * there (its key and stageEnteredAt) on its WON or LOST entry; a reopen given `back` puts the deal
 * there again instead of at the requested index.
 */
export async function moveDealInTx(
  sql: RawReader,
  principal: Principal,
  deal: DealToMove,
  from: PipelineStage,
  target: PipelineStage,
  lostReason: string | null = null,
  reopening = false,
  back: PlaceBefore | null = null,
): Promise<{ moved: Deal; index: number; rebalance: boolean }> {
  const sameStage = deal.stageId === target.id;
  const restoring = back !== null && !sameStage;
  const { key, index, rebalance } = restoring
    ? await placeAtKey(sql, target.id, deal.id, back.position)
    : await placeInColumn(
        sql,
        target.id,
        deal.requestedIndex,
        { id: deal.id, current: sameStage ? deal.position : null },
        deal.neighbourKeys,
      );
  if (sameStage && key === deal.position) {
    // Already there: nothing is written (a version bumped for nothing failed every other open
    // editor with CONFLICT, and the timeline said "moved from 0 to 0").
    const [unchanged] = await sql<Deal>(Prisma.sql`SELECT * FROM "Deal" WHERE id = ${deal.id}`);
    return { moved: unchanged!, index, rebalance: false };
  }
  const now = new Date();
  const closing = target.kind !== 'OPEN';
  // Between two stages of one closed kind (Won to a second Won stage) the deal was decided when it
  // was: its close date, its lead's outcome and its WON or LOST entry stay; the move is logged as a
  // stage change (a year-old win counted again in the last 90 days' Won zone).
  const reclassified = closing && from.kind === target.kind;
  // What a reopen into this stage needs to put the deal back as it was (ADR 067).
  const placeBefore =
    closing && from.kind === 'OPEN'
      ? { fromPositionKey: deal.position, fromStageEnteredAt: deal.stageEnteredAt.toISOString() }
      : {};
  const activity: { type: ActivityType; body: string | null; payload: object } = sameStage
    ? { type: 'UPDATED', body: null, payload: { position: { from: deal.fromIndex, to: index } } }
    : {
        type: reclassified
          ? 'STAGE_CHANGED'
          : target.kind === 'WON'
            ? 'WON'
            : target.kind === 'LOST'
              ? 'LOST'
              : // A won or lost deal dragged back to an open stage is reopened, whichever
                // mutation did it (moveDeal logged it as a stage change).
                reopening || from.kind !== 'OPEN'
                ? 'REOPENED'
                : 'STAGE_CHANGED',
        body: target.kind === 'LOST' ? lostReason : null,
        payload: {
          fromStageId: from.id,
          toStageId: target.id,
          fromStage: from.name,
          toStage: target.name,
          ...placeBefore,
        },
      };
  // A stored win probability was computed in the stage the deal leaves (its stage is a feature):
  // until the model scores it where it lands (the move's deal/updated event), the deal shows that
  // stage's rate, and says so (ADR 083).
  const dealChange = sameStage
    ? Prisma.sql`position = ${key}`
    : Prisma.sql`"stageId" = ${target.id}, position = ${key},
        "stageEnteredAt" = ${restoring ? back.stageEnteredAt : now},
        "closedAt" = ${reclassified ? Prisma.sql`"closedAt"` : Prisma.sql`${closing ? now : null}`}, "lostReason" = ${target.kind === 'LOST' ? lostReason : null},
        "winProbability" = NULL, "winModelVersion" = NULL, "winBins" = NULL, "winScoredAt" = NULL`;
  // The linked lead's outcome follows a close, and a reopen clears it.
  const leadChange =
    !sameStage && !reclassified && deal.leadId && (closing || from.kind !== 'OPEN')
      ? Prisma.sql`, lead AS (
          UPDATE "Lead" SET outcome = ${closing ? (target.kind === 'WON' ? 'WON' : 'LOST') : null}::"LeadOutcome",
            "outcomeAt" = ${closing ? now : null}, "updatedAt" = ${now}
          WHERE id = ${deal.leadId} RETURNING id)`
      : Prisma.empty;
  const [moved] = await sql<Deal>(Prisma.sql`
    WITH moved AS (
      UPDATE "Deal" SET ${dealChange}, version = version + 1, "updatedAt" = ${now}
      WHERE id = ${deal.id} RETURNING *
    ), activity AS (
      INSERT INTO "Activity" (id, "tenantId", "actorId", type, "dealId", body, payload, "occurredAt", "createdAt")
      VALUES (${randomUUID()}, ${deal.tenantId}, ${principal.userId}, ${activity.type}::"ActivityType",
        ${deal.id}, ${activity.body}, ${JSON.stringify(activity.payload)}::jsonb, ${now}, ${now})
      RETURNING id
    )${leadChange}
    SELECT * FROM moved`);
  return { moved: moved!, index, rebalance };
}

/** A move into or out of a WON/LOST stage changes the pipeline's learned conversion rates. */
export function changesOutcome(from: PipelineStage, target: PipelineStage): boolean {
  return from.id !== target.id && (from.kind !== 'OPEN' || target.kind !== 'OPEN');
}
