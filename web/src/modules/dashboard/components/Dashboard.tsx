import { useMemo, useState } from 'react';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { usePipelinesQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { monthStart } from '../utils/monthRange';
import { ForecastChart } from './ForecastChart';
import { PipelineCharts } from './PipelineCharts';
import { ScoringCharts } from './ScoringCharts';

export function Dashboard() {
  const [params, updateParams] = useUpdateSearchParams();
  const { data, error, refetch } = usePipelinesQuery();
  const now = useMemo(() => new Date(), []);
  const [target, setTarget] = useState(params.get('target') ?? '');
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const pipeline = data.pipelines.find((p) => p.id === params.get('pipeline')) ?? data.pipelines[0];
  if (!pipeline) return <EmptyState title="No pipelines yet" />;
  const targetValid = target === '' || (Number.isFinite(Number(target)) && Number(target) >= 0);

  return (
    <>
      <PageHeader
        title="Sales dashboard"
        subtitle="Closed-deal figures cover the last 12 months."
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
        <label className="filters__item filters__item--narrow">
          <span>Monthly target ({pipeline.currency})</span>
          <input
            type="number"
            min={0}
            value={target}
            aria-invalid={!targetValid}
            onChange={(e) => setTarget(e.target.value)}
            onBlur={() => targetValid && updateParams({ target })}
            onKeyDown={(e) => e.key === 'Enter' && targetValid && updateParams({ target })}
          />
        </label>
        {!targetValid && (
          <span className="filters__error" role="alert">
            The target is an amount of 0 or more.
          </span>
        )}
      </form>
      <div className="stack">
        <PipelineCharts
          pipelineId={pipeline.id}
          from={monthStart(now, -11)}
          to={monthStart(now, 1)}
        />
        <ForecastChart
          pipelineId={pipeline.id}
          monthlyTarget={params.get('target') ?? ''}
          currency={pipeline.currency}
        />
        <ScoringCharts />
      </div>
    </>
  );
}
