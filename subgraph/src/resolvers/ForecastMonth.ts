import type { ForecastMonthResolvers } from '../__generated__/resolvers-types';
import { inReportingCurrency, monthRateDay } from '../services/currency/inReportingCurrency';

/** A rep's row of a month, carrying the day its figures convert at (see OwnerForecast). */
export type OwnerForecastOfMonth = { rateDay?: Date };

// A month's figures convert at the rates of its last day, or today's while it lasts (ADR 038).
export const ForecastMonth: ForecastMonthResolvers = {
  owners: (month) =>
    month.owners.map((owner) => ({ ...owner, rateDay: monthRateDay(month.month) })),
  totalInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.totals, monthRateDay(month.month)),
  weightedInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.weightedTotals, monthRateDay(month.month)),
  wonInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.wonTotals, monthRateDay(month.month)),
  bestCaseInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.bestCaseTotals, monthRateDay(month.month)),
  expectedInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.expectedTotals, monthRateDay(month.month)),
  overdueInReportingCurrency: (month, _args, context) =>
    inReportingCurrency(context, month.overdueTotals, monthRateDay(month.month)),
};
