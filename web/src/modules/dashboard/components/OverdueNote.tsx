import type { DashboardForecastQuery } from '../../../__generated__/graphql';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { monthLabel } from '../utils/monthLabel';

/** Open deals whose expected close date has passed: counted in the current month, and said so. */
export function OverdueNote({
  months,
  currentMonth,
}: {
  months: DashboardForecastQuery['forecast'];
  currentMonth: string;
}) {
  const current = months.find((m) => m.month === currentMonth);
  if (!current?.overdueCount) return null;
  const n = current.overdueCount;
  return (
    <p className="overdue-note" data-testid="overdue-note">
      <strong>
        {n} open {n === 1 ? 'deal is' : 'deals are'} overdue
      </strong>{' '}
      ({formatMoneyTotals(current.overdueTotals)} at full value): {n === 1 ? 'its' : 'their'}{' '}
      expected close date has passed. {n === 1 ? 'It is' : 'They are'} counted in{' '}
      {monthLabel(currentMonth)} until someone moves the date or closes {n === 1 ? 'it' : 'them'}.
    </p>
  );
}
