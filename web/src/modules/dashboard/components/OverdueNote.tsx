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

/** Open deals without an expected close date: in no month of the forecast, and said so. */
export function UndatedNote({
  undated,
}: {
  undated: DashboardForecastQuery['undatedOpenDeals'] | undefined;
}) {
  if (!undated?.dealCount) return null;
  const n = undated.dealCount;
  return (
    <p className="overdue-note" data-testid="undated-note">
      <strong>
        {n} open {n === 1 ? 'deal has' : 'deals have'} no expected close date
      </strong>{' '}
      ({formatMoneyTotals(undated.totals)} at full value), so {n === 1 ? 'it is' : 'they are'} in no
      month of this forecast. Set {n === 1 ? 'its date' : 'their dates'} on the deal page to count{' '}
      {n === 1 ? 'it' : 'them'}.
    </p>
  );
}
