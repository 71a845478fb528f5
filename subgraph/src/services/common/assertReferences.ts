import type { Context } from '../../types/context';
import { userError } from './errors';

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
