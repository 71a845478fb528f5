import { useMemo } from 'react';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { usePipelinesQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { lastTwelveMonths } from '../utils/lastTwelveMonths';
import { ForecastSection } from './ForecastSection';
import { ForecastTrackRecord } from './ForecastTrackRecord';
import { PipelineCharts } from './PipelineCharts';
import { ScoringCharts } from './ScoringCharts';

export function Dashboard() {
  const [params, updateParams] = useUpdateSearchParams();
  const { data, error, refetch } = usePipelinesQuery();
  const now = useMemo(() => new Date(), []);
  const period = lastTwelveMonths(now);
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const pipeline = data.pipelines.find((p) => p.id === params.get('pipeline')) ?? data.pipelines[0];
  if (!pipeline) return <EmptyState title="No pipelines yet" />;

  return (
    <>
      <PageHeader
        title="Sales dashboard"
        subtitle={`Amounts in ${pipeline.currency} unless they say otherwise. Win rate, average won deal and velocity count the deals closed in the last 12 months (${period.dates}); open pipeline and rotting deals are as of now.`}
      />
      <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Dashboard options">
        <label className="filters__item">
          <span>Pipeline</span>
          <select value={pipeline.id} onChange={(e) => updateParams({ pipeline: e.target.value })}>
            {data.pipelines.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div className="stack">
        <PipelineCharts pipelineId={pipeline.id} from={period.from} to={period.to} />
        <ForecastSection
          key={pipeline.id}
          pipelineId={pipeline.id}
          currency={pipeline.currency}
          now={now}
        />
        <ForecastTrackRecord pipelineId={pipeline.id} />
        <ScoringCharts />
      </div>
    </>
  );
}
