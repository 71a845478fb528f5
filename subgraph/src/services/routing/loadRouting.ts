import type { Prisma } from '../../db/generated/client';
import { type PrismaClient, type RoutingRule } from '../../db/generated/client';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import type { Member } from './chooseOwner';
import type { Condition } from './conditionTypes';
import type { RuleForRouting } from './decideRouting';

type Db = PrismaClient | Prisma.TransactionClient;

export const ruleFromRow = (row: RoutingRule): RuleForRouting => ({
  id: row.id,
  name: row.name,
  match: row.match,
  conditions: row.conditions as Condition[],
  assignment: row.assignment,
  ownerIds: row.ownerIds,
  nextIndex: row.nextIndex,
});

export async function loadEnabledRules(db: Db, tenantId: string): Promise<RoutingRule[]> {
  return db.routingRule.findMany({
    where: { tenantId, enabled: true },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}

export async function loadFallbackOwnerId(db: Db, tenantId: string): Promise<string | null> {
  const settings = await db.routingSettings.findUnique({ where: { tenantId } });
  return settings?.fallbackOwnerId ?? null;
}

/**
 * Users with their open-lead counts (a lead being re-routed does not count against its owner).
 * With `lock`, their rows are locked first, in id order: two routings that could give the same
 * user a lead take turns, so both never see the same last unit of capacity, and locking in one
 * order everywhere means they cannot deadlock.
 */
export async function loadMembers(
  db: Db,
  tenantId: string,
  ids: readonly string[],
  { lock = false, exceptLeadId }: { lock?: boolean; exceptLeadId?: string } = {},
): Promise<Map<string, Member>> {
  const unique = [...new Set(ids)].sort();
  if (!unique.length) return new Map();
  if (lock)
    await db.$queryRaw`SELECT id FROM "User" WHERE "tenantId" = ${tenantId} AND id = ANY(${unique}::text[]) ORDER BY id FOR UPDATE`;
  const [users, counts] = await Promise.all([
    db.user.findMany({ where: { tenantId, id: { in: unique } } }),
    db.lead.groupBy({
      by: ['ownerId'],
      where: {
        tenantId,
        ownerId: { in: unique },
        status: { in: OPEN_LEAD_STATUSES },
        ...(exceptLeadId ? { id: { not: exceptLeadId } } : {}),
      },
      _count: { _all: true },
    }),
  ]);
  const open = new Map(counts.map((c) => [c.ownerId, c._count._all]));
  return new Map(
    users.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.name,
        active: u.active,
        available: u.available,
        capacity: u.capacity,
        openLeads: open.get(u.id) ?? 0,
      },
    ]),
  );
}
