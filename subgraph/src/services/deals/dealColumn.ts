import type { Prisma } from '../../db/generated/client';

type Tx = Prisma.TransactionClient;

/**
 * Locks stage rows (in id order, so concurrent moves can't deadlock) before positions in their
 * columns change: moves into and out of one column are serialised, keeping positions dense.
 */
export async function lockStages(tx: Tx, stageIds: string[]): Promise<void> {
  const ids = [...new Set(stageIds)].sort();
  for (const id of ids)
    await tx.$queryRaw`SELECT id FROM "PipelineStage" WHERE id = ${id} FOR UPDATE`;
}

/** Closes the gap a deal leaves at `position` in a column. */
export function closeGap(tx: Tx, stageId: string, position: number) {
  return tx.$executeRaw`UPDATE "Deal" SET position = position - 1 WHERE "stageId" = ${stageId} AND position > ${position}`;
}

/** Opens a gap at `position` in a column for a deal coming in. */
export function openGap(tx: Tx, stageId: string, position: number, exceptDealId: string) {
  return tx.$executeRaw`UPDATE "Deal" SET position = position + 1 WHERE "stageId" = ${stageId} AND position >= ${position} AND id <> ${exceptDealId}`;
}

export function columnSize(tx: Tx, stageId: string, exceptDealId?: string) {
  return tx.deal.count({
    where: { stageId, ...(exceptDealId ? { id: { not: exceptDealId } } : {}) },
  });
}
