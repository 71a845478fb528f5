import { z } from 'zod';
import { Prisma } from '../../db/generated/client';
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
  name: text(fieldLimits.CustomerSignalsInput.name).nullable().optional(),
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
 * Stores the latest signals pushed by CRM, billing and usage systems, and a dated copy of them
 * (CustomerSignalSnapshot). Fields left out keep their value. A customer id another tenant uses is refused like an invalid id (ids are global keys).
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
  // One statement per customer checks the owner and writes: a row another tenant owns (or creates
  // at the same instant) is never touched, because the conflict branch only updates a row whose
  // tenant is ours, and zero affected rows refuses the whole batch.
  await prisma.$transaction(
    async (tx) => {
      for (const { customerId, ...fields } of inputs) {
        const written = await tx.$executeRaw(upsertStatement(tenantId, customerId, fields));
        if (written === 0)
          throw userError(`customerId: ${customerId} cannot be used`, 'customerId');
        await tx.$executeRaw(snapshotStatement(tenantId, customerId));
      }
    },
    { timeout: 60_000 },
  );
  await context.notify({ name: 'customer/signals.updated', data: { tenantId, customerIds: ids } });
  return ids;
}

/**
 * Keeps the customer's signals as they now are, dated (ADR 034): training rows read a customer as
 * it was when a lead was decided. Written in the upsert's transaction, so no state goes unrecorded.
 */
function snapshotStatement(tenantId: string, customerId: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "CustomerSignalSnapshot" (id, "tenantId", "customerId", "observedAt", "healthScore",
      "activeUsers", seats, "usageTrend", industry, employees, "annualRevenue", country, plan, mrr)
    SELECT gen_random_uuid()::text, "tenantId", id, "signalsUpdatedAt", "healthScore",
      "activeUsers", seats, "usageTrend", industry, employees, "annualRevenue", country, plan, mrr
    FROM "Customer" WHERE id = ${customerId} AND "tenantId" = ${tenantId}`;
}

/** Each signal column with the SQL type its parameter is cast to. */
const COLUMNS = {
  name: 'text',
  healthScore: 'int4',
  activeUsers: 'int4',
  seats: 'int4',
  usageTrend: 'float8',
  industry: 'text',
  employees: 'int4',
  annualRevenue: 'numeric',
  country: 'text',
  plan: 'text',
  mrr: 'numeric',
} as const;

function upsertStatement(
  tenantId: string,
  customerId: string,
  fields: Partial<Record<keyof typeof COLUMNS, unknown>>,
): Prisma.Sql {
  const present = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter(
    (key) => fields[key] !== undefined,
  );
  const columns = present.map((key) => Prisma.raw(`"${key}"`));
  const values = present.map((key) => {
    const param = fields[key] ?? null; // numbers and strings (money is a decimal string)
    return Prisma.sql`CAST(${param} AS ${Prisma.raw(COLUMNS[key])})`;
  });
  const updates = present.map((key) => Prisma.raw(`"${key}" = EXCLUDED."${key}"`));
  return Prisma.sql`
    INSERT INTO "Customer" (id, "tenantId", ${Prisma.join([...columns, Prisma.raw('"signalsUpdatedAt", "updatedAt"')])})
    VALUES (${customerId}, ${tenantId}, ${Prisma.join([...values, Prisma.raw('now(), now()')])})
    ON CONFLICT (id) DO UPDATE SET ${Prisma.join([...updates, Prisma.raw('"signalsUpdatedAt" = now(), "updatedAt" = now()')])}
    WHERE "Customer"."tenantId" = EXCLUDED."tenantId"`;
}
