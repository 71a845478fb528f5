import type { Automation } from '../../db/generated/client';
import type { AutomationInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { notFound } from '../common/errors';
import { assertNameUnused } from '../routing/assertNameUnused';
import { assertSameIds } from '../routing/assertSameIds';
import { parseAutomationInput } from './automationInputSchema';

export async function listAutomations(context: Context): Promise<Automation[]> {
  assertAdmin(context.principal, 'see automations');
  return context.prisma.automation.findMany({
    where: { tenantId: context.tenantId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
}

export async function createAutomation(
  context: Context,
  raw: AutomationInput,
): Promise<Automation> {
  assertAdmin(context.principal, 'change automations');
  const input = await parseAutomationInput(context, raw);
  const { prisma, tenantId } = context;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('automations:' || ${tenantId}))`;
    const rows = await tx.automation.findMany({
      where: { tenantId },
      select: { id: true, name: true, position: true },
    });
    assertNameUnused(rows, input.name, 'an automation');
    const last = Math.max(-1, ...rows.map((r) => r.position));
    return tx.automation.create({
      data: { tenantId, ...input, position: last + 1 },
    });
  });
}

export async function updateAutomation(
  context: Context,
  id: string,
  raw: AutomationInput,
): Promise<Automation> {
  assertAdmin(context.principal, 'change automations');
  const input = await parseAutomationInput(context, raw);
  const { prisma, tenantId } = context;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('automations:' || ${tenantId}))`;
    const rows = await tx.automation.findMany({
      where: { tenantId },
      select: { id: true, name: true },
    });
    const existing = rows.find((r) => r.id === id);
    if (!existing) throw notFound('Automation', id);
    assertNameUnused(rows, input.name, 'an automation', existing);
    return tx.automation.update({ where: { id }, data: input });
  });
}

export async function deleteAutomation(context: Context, id: string): Promise<string> {
  assertAdmin(context.principal, 'change automations');
  const deleted = await context.prisma.automation.deleteMany({
    where: { id, tenantId: context.tenantId },
  });
  if (deleted.count === 0) throw notFound('Automation', id);
  return id;
}

export async function reorderAutomations(
  context: Context,
  ids: readonly string[],
): Promise<Automation[]> {
  assertAdmin(context.principal, 'change automations');
  const { prisma, tenantId } = context;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('automations:' || ${tenantId}))`;
    const rows = await tx.automation.findMany({ where: { tenantId }, select: { id: true } });
    assertSameIds(
      rows.map((r) => r.id),
      ids,
      'automation',
    );
    for (const [position, id] of ids.entries())
      await tx.automation.update({ where: { id }, data: { position } });
  });
  return listAutomations(context);
}
