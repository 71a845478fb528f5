import type { Prisma } from '../../db/generated/client';

/**
 * Locks a pipeline's row until the transaction ends: what changes a pipeline's stages (create,
 * rename, reorder, delete) and the learned-rates run take it first, so they follow each other
 * instead of deadlocking on the stage rows they each write in their own order (ADR 089).
 * `FOR NO KEY UPDATE`: a deal created or moved meanwhile (its foreign keys take `KEY SHARE`) does
 * not wait for it. Returns whether the pipeline exists in the tenant.
 */
export async function lockPipeline(
  tx: Prisma.TransactionClient,
  tenantId: string,
  pipelineId: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Pipeline" WHERE id = ${pipelineId} AND "tenantId" = ${tenantId} FOR NO KEY UPDATE`;
  return rows.length > 0;
}
