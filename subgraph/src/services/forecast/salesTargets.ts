import { z } from 'zod';
import type { Context } from '../../types/context';
import type { SalesTarget } from '../../db/generated/client';
import type {
  MutationDeleteSalesTargetArgs,
  MutationSetSalesTargetArgs,
  QuerySalesTargetsArgs,
} from '../../__generated__/resolvers-types';
import { assertManager } from '../common/authorize';
import { userError } from '../common/errors';
import { currency, money, validate } from '../common/validate';

/** YYYY-MM with a month 01-12 and a year the calendar accepts elsewhere (1900-2200). */
export const monthText = z
  .string()
  .regex(
    /^(19\d\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/,
    'must be a month YYYY-MM (1900-01 to 2200-12)',
  );

/** Decimal(14, 2): at most 12 digits before the point. */
const targetAmount = money.refine(
  (v) => v.split('.')[0]!.replace(/^0+/, '').length <= 12,
  'must be less than 1,000,000,000,000',
);

const inputSchema = z.object({
  month: monthText,
  pipelineId: z.string().nullable().optional(),
  ownerId: z.string().nullable().optional(),
  amount: targetAmount,
  currency: currency.nullable().optional(),
});

/**
 * Stores the target of a month for a scope (a pipeline or all of them; a rep or the whole team),
 * replacing the one there was. The currency defaults to the pipeline's; a target over all
 * pipelines must name its currency.
 */
export async function setSalesTarget(
  context: Context,
  { input: raw }: MutationSetSalesTargetArgs,
): Promise<SalesTarget> {
  assertManager(context.principal, 'set sales targets');
  const input = validate(inputSchema, raw);
  const { prisma, tenantId } = context;
  let pipelineCurrency: string | null = null;
  if (input.pipelineId != null) {
    const pipeline = await prisma.pipeline.findFirst({
      where: { id: input.pipelineId, tenantId },
      select: { currency: true },
    });
    if (!pipeline)
      throw userError(`pipelineId: unknown pipeline ${input.pipelineId}`, 'pipelineId');
    pipelineCurrency = pipeline.currency;
  }
  if (input.ownerId != null) {
    const owner = await prisma.user.findFirst({
      where: { id: input.ownerId, tenantId },
      select: { id: true },
    });
    if (!owner) throw userError(`ownerId: unknown user ${input.ownerId}`, 'ownerId');
  }
  const targetCurrency = input.currency ?? pipelineCurrency;
  if (!targetCurrency)
    throw userError('currency: required for a target over all pipelines', 'currency');
  const scope = {
    tenantId,
    pipelineId: input.pipelineId ?? '',
    ownerId: input.ownerId ?? '',
    month: input.month,
  };
  return prisma.salesTarget.upsert({
    where: { tenantId_pipelineId_ownerId_month: scope },
    create: { ...scope, amount: input.amount, currency: targetCurrency },
    update: { amount: input.amount, currency: targetCurrency },
  });
}

export async function deleteSalesTarget(
  context: Context,
  { id }: MutationDeleteSalesTargetArgs,
): Promise<boolean> {
  assertManager(context.principal, 'delete sales targets');
  const { count } = await context.prisma.salesTarget.deleteMany({
    where: { id, tenantId: context.tenantId },
  });
  return count > 0;
}

export async function listSalesTargets(
  context: Context,
  args: QuerySalesTargetsArgs,
): Promise<SalesTarget[]> {
  const input = validate(
    z.object({
      pipelineId: z.string().nullable().optional(),
      ownerId: z.string().nullable().optional(),
      fromMonth: monthText.nullable().optional(),
      toMonth: monthText.nullable().optional(),
    }),
    args,
  );
  if (input.fromMonth && input.toMonth && input.toMonth < input.fromMonth)
    throw userError('toMonth: must not be before fromMonth', 'toMonth');
  return context.prisma.salesTarget.findMany({
    where: {
      tenantId: context.tenantId,
      ...(input.pipelineId != null ? { pipelineId: input.pipelineId } : {}),
      ...(input.ownerId != null ? { ownerId: input.ownerId } : {}),
      month: {
        ...(input.fromMonth ? { gte: input.fromMonth } : {}),
        ...(input.toMonth ? { lte: input.toMonth } : {}),
      },
    },
    orderBy: [{ month: 'asc' }, { pipelineId: 'asc' }, { ownerId: 'asc' }],
  });
}

/** The stored targets of a set of months, for one pipeline (or all: '') and every owner. */
export async function targetsOfMonths(
  { prisma, tenantId }: Context,
  months: string[],
  pipelineId: string,
): Promise<SalesTarget[]> {
  return prisma.salesTarget.findMany({
    where: { tenantId, pipelineId, month: { in: months } },
  });
}
