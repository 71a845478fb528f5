import { useDashboardForecastQuery } from '../../../__generated__/graphql';
import { Panel } from '../../../ui/Panel';
import { monthKeys, monthStart } from '../utils/monthRange';
import { AttainmentTable } from './AttainmentTable';
import { ForecastChart } from './ForecastChart';
import { ForecastInReportingCurrency } from './ForecastInReportingCurrency';
import { OverdueNote, UndatedNote } from './OverdueNote';
import { SalesTargets } from './SalesTargets';
import '../dashboard.css';

/** The forecast against the stored targets, each rep's attainment, and the targets themselves. */
export function ForecastSection({
  pipelineId,
  currency,
  now,
}: {
  pipelineId: string;
  currency: string;
  now: Date;
}) {
  const { data, loading, error } = useDashboardForecastQuery({
    variables: { pipelineId, from: monthStart(now, -2), to: monthStart(now, 6) },
  });
  const months = data?.forecast ?? [];
  const currentMonth = monthStart(now, 0).slice(0, 7);
  return (
    <>
      <OverdueNote months={months} currentMonth={currentMonth} />
      <UndatedNote undated={data?.undatedOpenDeals} />
      <ForecastInReportingCurrency months={months} currentMonth={currentMonth} />
      <ForecastChart months={months} currency={currency} loading={loading && !data} error={error} />
      <div className="grid-2">
        <Panel title="Attainment per rep">
          <div data-testid="attainment" data-state={data ? 'ready' : 'loading'}>
            {months.length > 0 && (
              <AttainmentTable months={months} currentMonth={currentMonth} currency={currency} />
            )}
          </div>
        </Panel>
        <Panel title="Monthly targets">
          <SalesTargets
            pipelineId={pipelineId}
            currency={currency}
            months={monthKeys(now, -2, 15)}
            currentMonth={currentMonth}
          />
        </Panel>
      </div>
    </>
  );
}
