import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { rowForSelection } from './selectedFields';
import { customerDealTotals } from '../services/customers/customerDealTotals';
import { customerSignals } from '../services/customers/customerSignals';
import { inReportingCurrency, today } from '../services/currency/inReportingCurrency';
import { singleCurrencyAmount } from '../services/common/money';
import { dealWhereSqlFor } from '../services/deals/dealWhereSqlFor';

/** The LeadScore fields answered from a score card's columns (`SCORE_CARD_COLUMNS`). */
const SCORE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'score',
  'probability',
  'band',
  'modelVersion',
  'scoredAt',
]);

export const Customer: CustomerResolvers = {
  // A Customer id unknown here is still a Customer: with no deals and no score, never an error.
  __resolveReference: (reference) => ({ id: reference.id }),
  deals: async (customer, { filter, first }, context) =>
    context.loaders
      .dealsOfCustomer(await dealWhereSqlFor(context, filter), first)
      .load(customer.id),
  leadScore: async (customer, _args, { loaders }, info) => {
    // The figures alone (score, probability, band, version, time) come from a few columns; the
    // explanation and the lead itself need the whole row.
    const lead = await rowForSelection(
      info,
      SCORE_FIELDS,
      customer.id,
      loaders.bestOpenLeadCardOfCustomer,
      loaders.bestOpenLeadOfCustomer,
    );
    return lead ? { lead } : null;
  },
  openDealTotals: (customer, _args, context) =>
    customerDealTotals(context, { customerId: customer.id, figure: 'open' }),
  weightedDealTotals: (customer, _args, context) =>
    customerDealTotals(context, { customerId: customer.id, figure: 'weighted' }),
  wonDealTotals: (customer, _args, context) =>
    customerDealTotals(context, { customerId: customer.id, figure: 'won' }),
  openDealValue: async (customer, _args, context) =>
    singleCurrencyAmount(
      await customerDealTotals(context, { customerId: customer.id, figure: 'open' }),
    ),
  weightedDealValue: async (customer, _args, context) =>
    singleCurrencyAmount(
      await customerDealTotals(context, { customerId: customer.id, figure: 'weighted' }),
    ),
  wonDealValue: async (customer, _args, context) =>
    singleCurrencyAmount(
      await customerDealTotals(context, { customerId: customer.id, figure: 'won' }),
    ),
  signals: (customer, _args, context) => customerSignals(context, { customerId: customer.id }),
  openDealInReportingCurrency: async (customer, _args, context) =>
    inReportingCurrency(
      context,
      await customerDealTotals(context, { customerId: customer.id, figure: 'open' }),
      today(),
    ),
  weightedDealInReportingCurrency: async (customer, _args, context) =>
    inReportingCurrency(
      context,
      await customerDealTotals(context, { customerId: customer.id, figure: 'weighted' }),
      today(),
    ),
  wonDealInReportingCurrency: async (customer, _args, context) =>
    inReportingCurrency(
      context,
      await customerDealTotals(context, { customerId: customer.id, figure: 'won' }),
      today(),
    ),
};
