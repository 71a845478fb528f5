import type { Context } from '../../types/context';

/** The tenant's users by id (a tenant has tens of users, not thousands: read once per export). */
export async function userNames({ prisma, tenantId }: Context): Promise<Map<string, string>> {
  const users = await prisma.user.findMany({
    where: { tenantId },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** The names of one page's customers (the CRM's name as pushed; the id when none was pushed). */
export async function customerNames(
  { prisma, tenantId }: Context,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const customers = await prisma.customer.findMany({
    where: { tenantId, id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(customers.map((customer) => [customer.id, customer.name ?? customer.id]));
}
