import { Navigate, useLocation, useParams } from 'react-router';
import { usePipelinesQuery } from '../__generated__/graphql';
import { errorMessage } from '../lib/graphqlErrors';
import { DealBoard } from '../modules/board/components/DealBoard';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';

export function BoardPage() {
  const { pipelineId } = useParams();
  const { search } = useLocation();
  const { data, error, refetch } = usePipelinesQuery({ skip: Boolean(pipelineId) });
  if (pipelineId) return <DealBoard key={pipelineId} pipelineId={pipelineId} />;
  if (error) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const first = data.pipelines[0];
  if (!first) return <EmptyState title="No pipelines yet">Create one in Settings.</EmptyState>;
  // A shared link to /board?q=… keeps its filters on the way to the first pipeline.
  return <Navigate to={{ pathname: `/board/${first.id}`, search }} replace />;
}
