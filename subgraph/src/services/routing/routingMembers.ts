import { z } from 'zod';
import type { User } from '../../db/generated/client';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { notFound, userError } from '../common/errors';
import { validate } from '../common/validate';
import { loadMembers } from './loadRouting';

export type RoutingMemberView = {
  user: User;
  available: boolean;
  capacity: number | null;
  openLeads: number;
};
export type RoutingSettingsView = { fallbackOwner: User | null; members: RoutingMemberView[] };

export const MAX_CAPACITY = 100_000;

async function members(
  context: Context,
  where: { id?: string } = {},
): Promise<RoutingMemberView[]> {
  const { prisma, tenantId } = context;
  const users = await prisma.user.findMany({
    where: { tenantId, active: true, ...where },
    orderBy: { name: 'asc' },
  });
  const counts = await loadMembers(
    prisma,
    tenantId,
    users.map((u) => u.id),
  );
  return users.map((user) => ({
    user,
    available: user.available,
    capacity: user.capacity,
    openLeads: counts.get(user.id)?.openLeads ?? 0,
  }));
}

export async function routingSettings(context: Context): Promise<RoutingSettingsView> {
  assertAdmin(context.principal, 'see routing settings');
  const { prisma, tenantId } = context;
  const settings = await prisma.routingSettings.findUnique({ where: { tenantId } });
  const fallbackOwner = settings?.fallbackOwnerId
    ? await prisma.user.findFirst({ where: { tenantId, id: settings.fallbackOwnerId } })
    : null;
  return { fallbackOwner, members: await members(context) };
}

export async function setRoutingFallback(
  context: Context,
  ownerId: string | null,
): Promise<RoutingSettingsView> {
  assertAdmin(context.principal, 'change routing settings');
  const { prisma, tenantId } = context;
  if (ownerId && !(await prisma.user.findFirst({ where: { tenantId, id: ownerId } })))
    throw userError(`ownerId: unknown user ${ownerId}`, 'ownerId');
  await prisma.routingSettings.upsert({
    where: { tenantId },
    create: { tenantId, fallbackOwnerId: ownerId },
    update: { fallbackOwnerId: ownerId },
  });
  return routingSettings(context);
}

const memberSchema = z.object({
  available: z.boolean(),
  capacity: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(MAX_CAPACITY, `must be at most ${MAX_CAPACITY.toLocaleString('en-US')}`)
    .nullable()
    .optional(),
});

/**
 * A user's availability and capacity for routing (hand assignment ignores both). A capacity left
 * out is kept (marking a rep away and back kept no cap before: it was read as null); null clears it.
 */
export async function setRoutingMember(
  context: Context,
  userId: string,
  raw: { available: boolean; capacity?: number | null },
): Promise<RoutingMemberView> {
  assertAdmin(context.principal, 'change routing settings');
  const input = validate(memberSchema, {
    available: raw.available,
    ...(raw.capacity !== undefined ? { capacity: raw.capacity } : {}),
  });
  const user = await context.prisma.user.findFirst({
    where: { id: userId, tenantId: context.tenantId },
  });
  if (!user) throw notFound('User', userId);
  if (!user.active) throw userError(`userId: ${user.name} is deactivated`, 'userId');
  await context.prisma.user.update({ where: { id: user.id }, data: input });
  return (await members(context, { id: userId }))[0]!;
}
