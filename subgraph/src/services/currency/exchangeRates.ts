import { z } from 'zod';
import type { ExchangeRate } from '../../db/generated/client';
import type {
  MutationDeleteExchangeRateArgs,
  MutationSetExchangeRatesArgs,
  MutationSetReportingCurrencyArgs,
  QueryExchangeRatesArgs,
} from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertManager } from '../common/authorize';
import { userError } from '../common/errors';
import { currency, validate } from '../common/validate';

/** At most this many rates in one setExchangeRates call. */
export const MAX_RATES_PER_CALL = 1000;

/** Decimal(24, 12): greater than 0, at most 12 digits before the point and 12 after. */
const rateText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a decimal number such as 0.0067, at most 12 decimals')
  .refine((v) => /[1-9]/.test(v), 'must be greater than 0');

const rateInput = z
  .object({
    fromCurrency: currency,
    toCurrency: currency,
    date: z.date(),
    rate: rateText,
  })
  .refine((r) => r.fromCurrency !== r.toCurrency, {
    message: 'must differ from fromCurrency',
    path: ['toCurrency'],
  });

export type CurrencySettings = { reportingCurrency: string | null };

export async function currencySettings({ prisma, tenantId }: Context): Promise<CurrencySettings> {
  const tenant = await prisma.tenant.findUnique({
    where: { id: tenantId },
    select: { reportingCurrency: true },
  });
  return { reportingCurrency: tenant?.reportingCurrency ?? null };
}

/** Sets the currency converted totals are given in (managers and admins). */
export async function setReportingCurrency(
  context: Context,
  args: MutationSetReportingCurrencyArgs,
): Promise<CurrencySettings> {
  assertManager(context.principal, 'set the reporting currency');
  const { currency: code } = validate(z.object({ currency }), args);
  const { count } = await context.prisma.tenant.updateMany({
    where: { id: context.tenantId },
    data: { reportingCurrency: code },
  });
  if (count === 0) throw userError(`Tenant ${context.tenantId} is not provisioned`);
  return { reportingCurrency: code };
}

/**
 * Stores dated rates in bulk (the documented way to load them, ADR 038): every rate is checked
 * before any is written, then all are written in one transaction, each replacing the rate of its
 * pair and day. A bad rate fails the whole call with its index (`rates.3`) and writes nothing.
 */
export async function setExchangeRates(
  context: Context,
  args: MutationSetExchangeRatesArgs,
): Promise<ExchangeRate[]> {
  assertManager(context.principal, 'set exchange rates');
  if (args.rates.length === 0) throw userError('rates: give at least one rate', 'rates');
  if (args.rates.length > MAX_RATES_PER_CALL)
    throw userError(`rates: at most ${MAX_RATES_PER_CALL} rates per call`, 'rates');
  const rates = args.rates.map((rate, i) => validate(rateInput, rate, `rates.${i}`));
  const seen = new Map<string, number>();
  rates.forEach((rate, i) => {
    const key = `${rate.fromCurrency}>${rate.toCurrency}@${rate.date.toISOString().slice(0, 10)}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw userError(`rates.${i}: the same pair and day as rates.${first}`, `rates.${i}`);
    seen.set(key, i);
  });
  const { prisma, tenantId } = context;
  return prisma.$transaction(
    rates.map(({ fromCurrency, toCurrency, date, rate }) =>
      prisma.exchangeRate.upsert({
        where: {
          tenantId_fromCurrency_toCurrency_date: { tenantId, fromCurrency, toCurrency, date },
        },
        create: { tenantId, fromCurrency, toCurrency, date, rate },
        update: { rate },
      }),
    ),
  );
}

export async function deleteExchangeRate(
  context: Context,
  { id }: MutationDeleteExchangeRateArgs,
): Promise<boolean> {
  assertManager(context.principal, 'delete exchange rates');
  const { count } = await context.prisma.exchangeRate.deleteMany({
    where: { id, tenantId: context.tenantId },
  });
  return count > 0;
}

/** Stored rates, newest day first: of one currency (either side) and a day range when given. */
export async function listExchangeRates(
  { prisma, tenantId }: Context,
  args: QueryExchangeRatesArgs,
): Promise<ExchangeRate[]> {
  const input = validate(
    z.object({
      currency: currency.nullable().optional(),
      from: z.date().nullable().optional(),
      to: z.date().nullable().optional(),
      first: z.number().int().min(1).max(500).nullable().optional(),
    }),
    args,
  );
  if (input.from && input.to && input.to < input.from)
    throw userError('to: must not be before from', 'to');
  return prisma.exchangeRate.findMany({
    where: {
      tenantId,
      ...(input.currency
        ? { OR: [{ fromCurrency: input.currency }, { toCurrency: input.currency }] }
        : {}),
      date: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lte: input.to } : {}) },
    },
    orderBy: [{ date: 'desc' }, { fromCurrency: 'asc' }, { toCurrency: 'asc' }],
    take: input.first ?? 100,
  });
}
