import type {
  ExchangeRateResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import {
  currencySettings,
  deleteExchangeRate,
  listExchangeRates,
  setExchangeRates,
  setReportingCurrency,
} from '../services/currency/exchangeRates';

export const ExchangeRate: ExchangeRateResolvers = {
  // Stored with 12 decimals; shown without the trailing zeros, never in exponent notation.
  rate: (row) =>
    row.rate
      .toFixed()
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, ''),
};

export const exchangeRateQueryResolvers: Pick<
  QueryResolvers,
  'currencySettings' | 'exchangeRates'
> = {
  currencySettings: (_parent, _args, context) => currencySettings(context),
  exchangeRates: (_parent, args, context) => listExchangeRates(context, args),
};

export const exchangeRateMutationResolvers: Pick<
  MutationResolvers,
  'setReportingCurrency' | 'setExchangeRates' | 'deleteExchangeRate'
> = {
  setReportingCurrency: (_parent, args, context) => setReportingCurrency(context, args),
  setExchangeRates: (_parent, args, context) => setExchangeRates(context, args),
  deleteExchangeRate: (_parent, args, context) => deleteExchangeRate(context, args),
};
