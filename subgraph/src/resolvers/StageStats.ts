import type { StageStatsResolvers } from '../__generated__/resolvers-types';
import { inReportingCurrency, today } from '../services/currency/inReportingCurrency';

export const StageStats: StageStatsResolvers = {
  totalInReportingCurrency: (stats, _args, context) =>
    inReportingCurrency(context, stats.totals, today()),
  weightedInReportingCurrency: (stats, _args, context) =>
    inReportingCurrency(context, stats.weightedTotals, today()),
};
