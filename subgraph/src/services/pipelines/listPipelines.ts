import type { Context } from '../../types/context';
import type { Pipeline } from '../../db/generated/client';

/** The tenant's pipelines in the order they were arranged; archived ones only when asked. */
export function listPipelines(
  { prisma, tenantId }: Context,
  { includeArchived = false }: { includeArchived?: boolean | null } = {},
): Promise<Pipeline[]> {
  return prisma.pipeline.findMany({
    where: { tenantId, ...(includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}
