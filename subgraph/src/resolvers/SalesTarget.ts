import type {
  OwnerForecastResolvers,
  SalesTargetResolvers,
} from '../__generated__/resolvers-types';
import { convertedAttainment } from '../services/currency/convertedAttainment';
import { inReportingCurrency, today } from '../services/currency/inReportingCurrency';
import type { OwnerForecastOfMonth } from './ForecastMonth';

export const SalesTarget: SalesTargetResolvers = {
  pipeline: (target, _args, { loaders }) =>
    target.pipelineId === '' ? null : loaders.pipeline.load(target.pipelineId),
  owner: (target, _args, { loaders }) =>
    target.ownerId === '' ? null : loaders.user.load(target.ownerId),
};

export const OwnerForecast: OwnerForecastResolvers = {
  owner: (row, _args, { loaders }) => (row.ownerId ? loaders.user.load(row.ownerId) : null),
  wonInReportingCurrency: (row, _args, context) =>
    inReportingCurrency(context, row.wonTotals, rateDay(row)),
  expectedInReportingCurrency: (row, _args, context) =>
    inReportingCurrency(context, row.expectedTotals, rateDay(row)),
  // Won in several currencies: through the reporting currency, when the target is in it.
  attainment: async (row, _args, context) =>
    row.attainment != null || !row.target
      ? (row.attainment ?? null)
      : convertedAttainment(
          await inReportingCurrency(context, row.wonTotals, rateDay(row)),
          row.target,
        ),
};

// Set by ForecastMonth.owners: a rep's figures convert at their month's rates.
const rateDay = (row: object) => (row as OwnerForecastOfMonth).rateDay ?? today();
