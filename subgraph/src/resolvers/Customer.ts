import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { fieldRanges } from '../__generated__/fieldLimits';
import { dealColumnsFor } from './dealColumns';
import { rowForSelection } from './selectedFields';
import { customerDealTotals } from '../services/customers/customerDealTotals';
import { customerSignals } from '../services/customers/customerSignals';
import { inReportingCurrency, today } from '../services/currency/inReportingCurrency';
import { singleCurrencyAmount } from '../services/common/money';
import { dealWhereSqlFor } from '../services/deals/dealWhereSqlFor';
import { whenReady } from '../services/common/whenReady';

/** The LeadScore fields answered from a score card's columns (`SCORE_CARD_COLUMNS`). */
const SCORE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'score',
  'probability',
  'band',
  'modelVersion',
  'scoredAt',
]);

/** What a customer's deals are read by (grouped by customer; `dealColumnsFor`). */
const CUSTOMER_KEYS = ['customerId'] as const;

/** The most deals of a customer one read returns (the schema's default and maximum `first`). */
const MAX_CUSTOMER_DEALS = fieldRanges.Customer.deals.first.max;

const scoreOf = <Lead>(lead: Lead | null) => (lead ? { lead } : null);

export const Customer: CustomerResolvers = {
  // A Customer id unknown here is still a Customer: with no deals and no score, never an error.
  __resolveReference: (reference) => ({ id: reference.id }),
  // The loader is built once per request, not once per customer of an `_entities` answer.
  deals: (customer, { filter, first }, context, info) => {
    const loader = context.loaders.perField(info.fieldNodes, () =>
      whenReady(dealWhereSqlFor(context, filter), (where) =>
        context.loaders.dealsOfCustomer(
          where,
          first ?? MAX_CUSTOMER_DEALS,
          dealColumnsFor(info, CUSTOMER_KEYS),
        ),
      ),
    );
    return loader instanceof Promise
      ? loader.then((ready) => ready.load(customer.id))
      : loader.load(customer.id);
  },
  // The figures alone (score, probability, band, version, time) come from a few columns; the
  // explanation and the lead itself need the whole row.
  leadScore: (customer, _args, { loaders }, info) =>
    rowForSelection(
      info,
      SCORE_FIELDS,
      customer.id,
      loaders.bestOpenLeadCardOfCustomer,
      loaders.bestOpenLeadOfCustomer,
    ).then(scoreOf),
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
