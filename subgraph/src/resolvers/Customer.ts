import type { CustomerResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../types/context';
import { dealWhereFor } from '../services/deals/dealWhereFor';
import { formatMoney, Decimal, ZERO } from '../services/common/money';
import { effectiveProbability } from '../services/pipelines/stageProbability';

export const Customer: CustomerResolvers = {
  // A Customer id unknown here is still a Customer: with no deals and no score, never an error.
  __resolveReference: (reference) => ({ id: reference.id }),
  deals: async (customer, { filter, first }, context) =>
    context.loaders.dealsOfCustomer(await dealWhereFor(context, filter), first).load(customer.id),
  leadScore: async (customer, _args, { loaders }) => {
    const lead = await loaders.bestOpenLeadOfCustomer.load(customer.id);
    return lead ? { lead } : null;
  },
  openDealValue: (customer, _args, context) => customerFigure(customer.id, context, 'open'),
  weightedDealValue: (customer, _args, context) => customerFigure(customer.id, context, 'weighted'),
  wonDealValue: (customer, _args, context) => customerFigure(customer.id, context, 'won'),
  signals: async (customer, _args, { loaders }) => {
    const row = await loaders.customer.load(customer.id);
    if (!row?.signalsUpdatedAt) return null;
    return {
      ...row,
      annualRevenue: row.annualRevenue?.toFixed(2) ?? null,
      mrr: row.mrr?.toFixed(2) ?? null,
      updatedAt: row.signalsUpdatedAt,
    };
  },
};

async function customerFigure(
  customerId: string,
  { loaders }: Context,
  figure: 'open' | 'weighted' | 'won',
): Promise<string> {
  const values = await loaders.customerStageValues.load(customerId);
  const stages = await loaders.stage.loadMany(values.map((v) => v.stageId));
  let sum = ZERO;
  values.forEach((value, i) => {
    const stage = stages[i];
    if (!stage || stage instanceof Error) return;
    const amount = new Decimal(value.total);
    if (figure === 'won' && stage.kind === 'WON') sum = sum.plus(amount);
    if (figure === 'open' && stage.kind === 'OPEN') sum = sum.plus(amount);
    if (figure === 'weighted' && stage.kind === 'OPEN')
      sum = sum.plus(amount.times(effectiveProbability(stage) ?? 0));
  });
  return formatMoney(sum);
}
