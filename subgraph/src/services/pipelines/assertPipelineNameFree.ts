import type { Prisma } from '../../db/generated/client';
import { userError } from '../common/errors';
import { nameKey } from './nameKey';

/**
 * Refuses a name another pipeline of the tenant has, archived ones included (a restored pipeline
 * would stand beside its namesake in the switchers). Call it in the transaction that writes the
 * name: it takes a lock per tenant that the next create or rename waits on until this one commits,
 * so two at once cannot both take a name. A check under a lock rather than a unique index, because
 * tenants may already hold duplicates, which are left as they are.
 */
export async function assertPipelineNameFree(
  tx: Prisma.TransactionClient,
  tenantId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pipeline-names:' || ${tenantId}))`;
  const pipelines = await tx.pipeline.findMany({
    where: { tenantId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, archivedAt: true },
  });
  const key = nameKey(name);
  const clash = pipelines.find((p) => nameKey(p.name) === key);
  if (clash)
    throw userError(
      `name: a pipeline named “${clash.name}” already exists${
        clash.archivedAt ? ' (archived: restore it, or choose another name)' : ''
      }`,
      'name',
    );
}
