import type { Context } from '../../types/context';
import type { User } from '../../db/generated/client';

/** The tenant's active users, by name (owner pickers and filters). */
export function listUsers({ prisma, tenantId }: Context): Promise<User[]> {
  return prisma.user.findMany({ where: { tenantId, active: true }, orderBy: { name: 'asc' } });
}
