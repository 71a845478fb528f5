import type { DashboardForecastQuery } from '../../../__generated__/graphql';
import { ConvertedTotal } from '../../currency/components/ConvertedTotal';
import { monthLabel } from '../utils/monthLabel';

/**
 * The current month's forecast in the reporting currency (ADR 038): every currency converted at
 * the rate each figure names, so a deal in yen counts in a dollar pipeline's month.
 */
export function ForecastInReportingCurrency({
  months,
  currentMonth,
}: {
  months: DashboardForecastQuery['forecast'];
  currentMonth: string;
}) {
  const current = months.find((m) => m.month === currentMonth);
  const { wonInReportingCurrency: won, expectedInReportingCurrency: expected } = current ?? {};
  const bestCase = current?.bestCaseInReportingCurrency;
  if (!won || !expected || !bestCase) return null;
  return (
    <p className="chart-note" data-testid="forecast-converted">
      <strong>
        {monthLabel(currentMonth)} in {expected.currency}
      </strong>
      , every currency included:{' '}
      <ConvertedTotal total={won} what="Won" compact={false} suffix="won" /> ·{' '}
      <ConvertedTotal total={expected} what="Expected" compact={false} suffix="expected" /> ·{' '}
      <ConvertedTotal total={bestCase} what="Best case" compact={false} suffix="best case" />
    </p>
  );
}
