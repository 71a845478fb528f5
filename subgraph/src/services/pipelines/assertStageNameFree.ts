import type { Prisma } from '../../db/generated/client';
import { userError } from '../common/errors';
import { nameKey } from './nameKey';

/**
 * Refuses a name another stage of the pipeline has. Call it in the transaction that writes the
 * name: it takes a lock per pipeline that the next create or rename of a stage waits on until this
 * one commits, so two at once cannot both take a name (existing duplicates are left as they are).
 */
export async function assertStageNameFree(
  tx: Prisma.TransactionClient,
  pipelineId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stage-names:' || ${pipelineId}))`;
  const stages = await tx.pipelineStage.findMany({
    where: { pipelineId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  const key = nameKey(name);
  const clash = stages.find((s) => nameKey(s.name) === key);
  if (clash)
    throw userError(`name: this pipeline already has a stage named “${clash.name}”`, 'name');
}
