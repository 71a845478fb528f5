import type { Context } from '../../types/context';
import type { Pipeline } from '../../db/generated/client';

/** The tenant's pipelines in the order they were arranged. */
export function listPipelines({ prisma, tenantId }: Context): Promise<Pipeline[]> {
  return prisma.pipeline.findMany({
    where: { tenantId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}
