import { z } from 'zod';
import type { Context } from '../../types/context';
import type {
  CustomerSignalsInput,
  MutationUpsertCustomerSignalsArgs,
  MutationUpsertCustomerSignalsBatchArgs,
} from '../../__generated__/resolvers-types';
import type { CustomerParent } from '../../types/mappers';
import { assertManager } from '../common/authorize';
import { userError } from '../common/errors';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { money, requiredText, text, validate } from '../common/validate';

const signals = z.object({
  customerId: requiredText(fieldLimits.CustomerSignalsInput.customerId),
  healthScore: z
    .number()
    .int()
    .min(0, 'must be 0-100')
    .max(100, 'must be 0-100')
    .nullable()
    .optional(),
  activeUsers: z.number().int().min(0, 'must be ≥ 0').nullable().optional(),
  seats: z.number().int().min(0, 'must be ≥ 0').nullable().optional(),
  usageTrend: z
    .number()
    .min(-1, 'must be between -1 and 10')
    .max(10, 'must be between -1 and 10')
    .nullable()
    .optional(),
  industry: text(fieldLimits.CustomerSignalsInput.industry).nullable().optional(),
  employees: z.number().int().min(0, 'must be ≥ 0').nullable().optional(),
  annualRevenue: money.nullable().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as US')
    .nullable()
    .optional(),
  plan: text(fieldLimits.CustomerSignalsInput.plan).nullable().optional(),
  mrr: money.nullable().optional(),
});

/**
 * Stores the latest signals pushed by CRM, billing and usage systems. Fields left out keep their
 * value. A customer id another tenant uses is refused like an invalid id (ids are global keys).
 */
export async function upsertCustomerSignals(
  context: Context,
  { input }: MutationUpsertCustomerSignalsArgs,
): Promise<CustomerParent> {
  const [id] = await storeSignals(context, [input]);
  return { id: id! };
}

/** Signals of up to 1000 customers in one transaction; the number of customers stored. */
export async function upsertCustomerSignalsBatch(
  context: Context,
  { inputs }: MutationUpsertCustomerSignalsBatchArgs,
): Promise<number> {
  return (await storeSignals(context, inputs)).length;
}

async function storeSignals(context: Context, raw: CustomerSignalsInput[]): Promise<string[]> {
  assertManager(context.principal, 'push customer signals');
  if (raw.length === 0 || raw.length > 1000)
    throw userError('inputs: send between 1 and 1000 customers', 'inputs');
  const inputs = raw.map((item, i) =>
    validate(signals, item, raw.length > 1 ? `inputs.${i}` : undefined),
  );
  const { prisma, tenantId } = context;
  const ids = inputs.map((input) => input.customerId);
  const foreign = await prisma.customer.findFirst({
    where: { id: { in: ids }, tenantId: { not: tenantId } },
    select: { id: true },
  });
  if (foreign) throw userError(`customerId: ${foreign.id} cannot be used`, 'customerId');
  const now = new Date();
  await prisma.$transaction(
    inputs.map(({ customerId, ...fields }) => {
      const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      return prisma.customer.upsert({
        where: { id: customerId },
        create: { id: customerId, tenantId, ...data, signalsUpdatedAt: now },
        update: { ...data, signalsUpdatedAt: now },
      });
    }),
  );
  await context.notify({ name: 'customer/signals.updated', data: { tenantId, customerIds: ids } });
  return ids;
}
