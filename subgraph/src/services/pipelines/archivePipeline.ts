import type { Context } from '../../types/context';
import type { Pipeline } from '../../db/generated/client';
import type {
  MutationArchivePipelineArgs,
  MutationRestorePipelineArgs,
} from '../../__generated__/resolvers-types';
import { assertAdmin } from '../common/authorize';
import { notFound } from '../common/errors';

/**
 * Archives a pipeline (admins): it leaves the pipeline list and takes no new deals; its stages,
 * deals and figures are kept and it can be restored (ADR 030). Archiving twice changes nothing.
 */
export function archivePipeline(
  context: Context,
  { id }: MutationArchivePipelineArgs,
): Promise<Pipeline> {
  return setArchived(context, id, true);
}

/** Brings an archived pipeline back into the list (admins). */
export function restorePipeline(
  context: Context,
  { id }: MutationRestorePipelineArgs,
): Promise<Pipeline> {
  return setArchived(context, id, false);
}

async function setArchived(
  { prisma, tenantId, principal }: Context,
  id: string,
  archived: boolean,
): Promise<Pipeline> {
  assertAdmin(principal, 'change pipelines');
  const pipeline = await prisma.pipeline.findFirst({ where: { id, tenantId } });
  if (!pipeline) throw notFound('Pipeline', id);
  if ((pipeline.archivedAt !== null) === archived) return pipeline;
  return prisma.pipeline.update({
    where: { id },
    data: { archivedAt: archived ? new Date() : null },
  });
}
