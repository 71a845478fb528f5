import { useNavigate, useSearchParams } from 'react-router';
import { usePipelinesQuery } from '../../../__generated__/graphql';

export function PipelineSwitcher({ pipelineId }: { pipelineId: string }) {
  const { data } = usePipelinesQuery();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <label className="filters__item">
      <span>Pipeline</span>
      <select
        value={pipelineId}
        onChange={(e) =>
          navigate({ pathname: `/board/${e.target.value}`, search: params.toString() })
        }
      >
        {data?.pipelines.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        )) ?? <option value={pipelineId}>…</option>}
      </select>
    </label>
  );
}
