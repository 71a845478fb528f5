import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Deal, Prisma } from '../../db/generated/client';
import type { MutationUpdateDealArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { currency, money, requiredText, validate } from '../common/validate';
import { claimDealVersion } from './claimDealVersion';
import { assertDealReferences } from './createDeal';

const schema = z.object({
  title: requiredText(fieldLimits.UpdateDealInput.title).optional().nullable(),
  value: money.optional().nullable(),
  currency: currency.optional().nullable(),
  ownerId: z.string().min(1).optional().nullable(),
  customerId: z.string().min(1).optional().nullable(),
  expectedCloseDate: z.union([z.date(), z.string()]).optional().nullable(),
});

export async function updateDeal(
  context: Context,
  { id, expectedVersion, input: raw }: MutationUpdateDealArgs,
): Promise<Deal> {
  const input = validate(schema, raw);
  const { prisma, tenantId, principal } = context;
  const existing = await prisma.deal.findFirst({ where: { id, tenantId } });
  if (!existing) throw notFound('Deal', id);
  assertCanChange(principal, existing.ownerId, 'deal');
  await assertDealReferences(context, { customerId: input.customerId, ownerId: input.ownerId });
  const data: Prisma.DealUncheckedUpdateInput = {};
  if (input.title != null) data.title = input.title;
  if (input.value != null) data.value = input.value;
  if (input.currency != null) data.currency = input.currency;
  if (input.ownerId !== undefined) data.ownerId = input.ownerId;
  if (input.customerId !== undefined) data.customerId = input.customerId;
  if (input.expectedCloseDate !== undefined) {
    data.expectedCloseDate = input.expectedCloseDate ? new Date(input.expectedCloseDate) : null;
  }
  try {
    const updated = await prisma.$transaction(async (tx) => applyUpdate(tx));
    // Value, owner and customer are features of its win probability (ADR 039).
    await context.notify({ name: 'deal/updated', data: { tenantId, dealId: id } });
    return updated;
  } catch (error) {
    // Nothing would change: the claim is rolled back, the version stays, nothing is logged.
    if (error === NO_CHANGE) return prisma.deal.findUniqueOrThrow({ where: { id } });
    throw error;
  }

  async function applyUpdate(tx: Prisma.TransactionClient): Promise<Deal> {
    const before = await claimDealVersion(tx, tenantId, id, expectedVersion);
    const after = await tx.deal.update({ where: { id }, data });
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    for (const key of [
      'title',
      'value',
      'currency',
      'ownerId',
      'customerId',
      'expectedCloseDate',
    ] as const) {
      const from =
        before[key] == null
          ? null
          : String(
              before[key] instanceof Date
                ? (before[key] as Date).toISOString().slice(0, 10)
                : before[key],
            );
      const to =
        after[key] == null
          ? null
          : String(
              after[key] instanceof Date
                ? (after[key] as Date).toISOString().slice(0, 10)
                : after[key],
            );
      if (from !== to) changes[key] = { from, to };
    }
    if (Object.keys(changes).length === 0) throw NO_CHANGE;
    const valueOnly = Object.keys(changes).length === 1 && changes.value;
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: valueOnly
        ? 'VALUE_CHANGED'
        : changes.ownerId && Object.keys(changes).length === 1
          ? 'ASSIGNED'
          : 'UPDATED',
      dealId: id,
      payload: changes,
    });
    return after;
  }
}

const NO_CHANGE = Symbol('no change');
