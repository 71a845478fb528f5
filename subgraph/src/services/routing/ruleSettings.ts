import type { RoutingRule } from '../../db/generated/client';
import type { RoutingRuleInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { notFound } from '../common/errors';
import { assertNameUnused } from './assertNameUnused';
import { assertSameIds } from './assertSameIds';
import { parseRuleInput } from './ruleInputSchema';

export async function listRoutingRules(context: Context): Promise<RoutingRule[]> {
  assertAdmin(context.principal, 'see routing rules');
  return context.prisma.routingRule.findMany({
    where: { tenantId: context.tenantId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}

/** A new rule goes last: the rules above it keep deciding first until it is moved up. */
export async function createRoutingRule(
  context: Context,
  raw: RoutingRuleInput,
): Promise<RoutingRule> {
  assertAdmin(context.principal, 'change routing rules');
  const input = await parseRuleInput(context, raw);
  const { prisma, tenantId } = context;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('routing-rules:' || ${tenantId}))`;
    const rules = await tx.routingRule.findMany({
      where: { tenantId },
      select: { id: true, name: true, position: true },
    });
    assertNameUnused(rules, input.name, 'a routing rule');
    const last = Math.max(-1, ...rules.map((r) => r.position));
    return tx.routingRule.create({
      data: { tenantId, ...input, position: last + 1 },
    });
  });
}

export async function updateRoutingRule(
  context: Context,
  id: string,
  raw: RoutingRuleInput,
): Promise<RoutingRule> {
  assertAdmin(context.principal, 'change routing rules');
  const input = await parseRuleInput(context, raw);
  const { prisma, tenantId } = context;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('routing-rules:' || ${tenantId}))`;
    const rules = await tx.routingRule.findMany({
      where: { tenantId },
      select: { id: true, name: true, ownerIds: true },
    });
    const existing = rules.find((r) => r.id === id);
    if (!existing) throw notFound('Routing rule', id);
    assertNameUnused(rules, input.name, 'a routing rule', existing);
    // A changed team starts its turns again from its first member.
    const sameTeam = existing.ownerIds.join() === input.ownerIds.join();
    return tx.routingRule.update({
      where: { id },
      data: { ...input, ...(sameTeam ? {} : { nextIndex: 0 }) },
    });
  });
}

export async function deleteRoutingRule(context: Context, id: string): Promise<string> {
  assertAdmin(context.principal, 'change routing rules');
  const deleted = await context.prisma.routingRule.deleteMany({
    where: { id, tenantId: context.tenantId },
  });
  if (deleted.count === 0) throw notFound('Routing rule', id);
  return id;
}

export async function reorderRoutingRules(
  context: Context,
  ids: readonly string[],
): Promise<RoutingRule[]> {
  assertAdmin(context.principal, 'change routing rules');
  const { prisma, tenantId } = context;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('routing-rules:' || ${tenantId}))`;
    const rules = await tx.routingRule.findMany({ where: { tenantId }, select: { id: true } });
    assertSameIds(
      rules.map((r) => r.id),
      ids,
      'routing rule',
    );
    for (const [position, id] of ids.entries())
      await tx.routingRule.update({ where: { id }, data: { position } });
  });
  return listRoutingRules(context);
}
