import type { Context } from '../../types/context';
import { notFound, userError } from './errors';

export type References = {
  customerId?: string | null | undefined;
  ownerId?: string | null | undefined;
};

/**
 * Checks that a customer and an owner named by an input exist in the caller's tenant. Unknown
 * ids and other tenants' ids fail alike, with BAD_USER_INPUT on the field.
 */
export async function assertReferences(
  { prisma, tenantId }: Context,
  refs: References,
): Promise<void> {
  if (refs.customerId) {
    const customer = await prisma.customer.findFirst({
      where: { id: refs.customerId, tenantId },
      select: { id: true },
    });
    if (!customer) throw userError(`customerId: unknown customer ${refs.customerId}`, 'customerId');
  }
  if (refs.ownerId) {
    const owner = await prisma.user.findFirst({
      where: { id: refs.ownerId, tenantId },
      select: { id: true },
    });
    if (!owner) throw userError(`ownerId: unknown user ${refs.ownerId}`, 'ownerId');
  }
}

/**
 * Checks that every lead named exists in the caller's tenant: an unknown id, or another tenant's,
 * is NOT_FOUND rather than silently skipped.
 */
export async function assertLeadsExist(
  { prisma, tenantId }: Context,
  ids: readonly string[],
): Promise<void> {
  const found = await prisma.lead.findMany({
    where: { tenantId, id: { in: [...ids] } },
    select: { id: true },
  });
  const known = new Set(found.map((lead) => lead.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound('Lead', missing);
}
