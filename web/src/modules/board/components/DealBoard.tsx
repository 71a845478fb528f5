import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { BoardColumnTotalsDocument, useDealBoardQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { formatValueAndWeighted, sumTotals } from '../../../lib/moneyTotals';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Dialog } from '../../../ui/Dialog';
import { useMarkDealLost } from '../../deals/hooks/useMarkDealLost';
import { useMarkDealWon } from '../../deals/hooks/useMarkDealWon';
import { useMoveDeal } from '../../deals/hooks/useMoveDeal';
import { StageRateNotice } from '../../stageRates/components/StageRateNotice';
import { useStageRateNotice } from '../../stageRates/hooks/useStageRateNotice';
import type { DealMove } from '../../deals/types/DealMove';
import { useBoardCanvas } from '../hooks/useBoardCanvas';
import { useLoadMoreDeals } from '../hooks/useLoadMoreDeals';
import { boardFilterFromParams } from '../utils/boardFilterFromParams';
import { boardPageSize } from '../utils/boardPageSize';
import { BoardFilters } from './BoardFilters';
import { ExportDealsLink } from './ExportDealsLink';
import { NewDealButton } from './NewDealButton';
import { PipelineSwitcher } from './PipelineSwitcher';
import { plural } from '../../../lib/plural';
import { closedZoneDays } from '../utils/closedZoneDays';

// Only a drop on Lost needs the reason form (and the generated field limits it reads): it loads
// then, keeping the board's first load small.
const LostReasonForm = lazy(() =>
  import('../../deals/components/LostReasonForm').then((m) => ({ default: m.LostReasonForm })),
);

export function DealBoard({ pipelineId }: { pipelineId: string }) {
  const [params] = useSearchParams();
  const filterKey = params.toString();
  const filter = useMemo(() => boardFilterFromParams(new URLSearchParams(filterKey)), [filterKey]);
  const unfiltered = Object.keys(filter).length === 0;
  // The columns' figures: the Won and Lost zones over the last 90 days of closes (ADR 081).
  const figuresFilter = useMemo(() => ({ ...filter, closedWithinDays: closedZoneDays }), [filter]);
  const { data, previousData, loading, error, refetch } = useDealBoardQuery({
    variables: {
      pipelineId,
      filter: figuresFilter,
      openFilter: { ...filter, status: 'OPEN' },
      pageSize: boardPageSize,
    },
  });
  const move = useMoveDeal();
  const loadMore = useLoadMoreDeals(pipelineId, filter);
  const { markWon } = useMarkDealWon();
  const { markLost } = useMarkDealLost();
  const [pendingLoss, setPendingLoss] = useState<DealMove | null>(null);
  const board = data ?? previousData;
  const pipeline = board?.pipeline?.id === pipelineId ? board.pipeline : undefined;
  const compact = params.get('density') === 'compact';
  // The drag-and-drop chunk downloads while the query is in flight, not after it.
  const canvas = useBoardCanvas();
  const BoardCanvas = canvas.Canvas;

  // After a move on an unfiltered board (a filtered one reads the whole board again), the columns'
  // figures are read again from the server: what the cache cannot work out (BoardColumnTotals).
  const client = useApolloClient();
  const refreshTotals = useCallback(
    () =>
      client
        .query({
          query: BoardColumnTotalsDocument,
          variables: { pipelineId, filter: figuresFilter },
          fetchPolicy: 'network-only',
        })
        .catch(() => {}),
    [client, pipelineId, figuresFilter],
  );
  const onDrop = useCallback(
    (kind: 'move' | 'markWon' | 'askLostReason', dealMove: DealMove) => {
      const after = dealMove.unfiltered ? refreshTotals : () => {};
      if (kind === 'move') void move(dealMove).then(after);
      else if (kind === 'markWon') void markWon(dealMove.deal, dealMove).then(after);
      // A drop on "Lost" waits for the reason before anything moves.
      else setPendingLoss(dealMove);
    },
    [move, markWon, refreshTotals],
  );

  const open = pipeline?.stages.filter((s) => s.kind === 'OPEN') ?? [];
  // Per currency: a deal in another currency than the pipeline's is never added to the others.
  const openTotals = sumTotals(open.map((s) => s.totals));
  const openWeighted = sumTotals(open.map((s) => s.weightedTotals));
  const openCount = open.reduce((sum, s) => sum + s.dealCount, 0);
  const rates = useStageRateNotice({
    view: `board:${pipelineId}:${filterKey}`,
    pipelineId,
    currency: pipeline?.currency ?? '',
    computedAt: pipeline?.stageRatesComputedAt,
    closedDeals: pipeline?.stageRatesClosedDeals ?? 0,
    weighted: pipeline ? openWeighted : undefined,
    closedCount: pipeline?.stages
      .filter((s) => s.kind !== 'OPEN')
      .reduce((sum, s) => sum + s.dealCount, 0),
    refetchWeighted: async () => {
      const { data: fresh } = await refetch();
      const stages = fresh?.pipeline?.stages.filter((s) => s.kind === 'OPEN');
      return stages && sumTotals(stages.map((s) => s.weightedTotals));
    },
  });

  return (
    <div className="board-page">
      <PageHeader
        title={pipeline?.name ?? 'Deals'}
        documentTitle={pipeline ? `${pipeline.name} board` : 'Deals'}
        subtitle={
          pipeline
            ? `${plural(openCount, 'open deal')} · ${formatValueAndWeighted(openTotals, openWeighted, pipeline.currency)}`
            : undefined
        }
        actions={<NewDealButton pipelineId={pipelineId} />}
      />
      <StageRateNotice notice={rates.notice} onDismiss={rates.dismiss} />
      <div className="toolbar">
        <PipelineSwitcher pipelineId={pipelineId} />
        <BoardFilters />
        <ExportDealsLink pipelineId={pipelineId} />
        {loading && pipeline && (
          <span className="spinner spinner--small" role="status" aria-label="Refreshing" />
        )}
      </div>
      {error && !pipeline ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : !pipeline ? (
        loading || !board ? (
          <LoadingState label="Loading the board…" />
        ) : (
          <EmptyState title="This pipeline does not exist" />
        )
      ) : pipeline.stages.length === 0 ? (
        <EmptyState title="This pipeline has no stages yet">Add stages in Settings.</EmptyState>
      ) : canvas.failed ? (
        <ErrorState message="The board could not be loaded." onRetry={canvas.retry} />
      ) : !BoardCanvas ? (
        <LoadingState label="Loading the board…" />
      ) : (
        <BoardCanvas
          pipeline={pipeline}
          compact={compact}
          unfiltered={unfiltered}
          loadMore={loadMore}
          onDrop={onDrop}
        />
      )}
      <Dialog
        title={`Why was “${pendingLoss?.deal.title ?? ''}” lost?`}
        open={Boolean(pendingLoss)}
        onClose={() => setPendingLoss(null)}
      >
        <Suspense fallback={<LoadingState />}>
          <LostReasonForm
            onCancel={() => setPendingLoss(null)}
            onSubmit={async (reason) => {
              if (!pendingLoss) return null;
              // The dialog stays open, with the typed reason, until the server has accepted it.
              const failure = await markLost(pendingLoss.deal, reason, pendingLoss);
              if (!failure) setPendingLoss(null);
              if (!failure && pendingLoss.unfiltered) void refreshTotals();
              return failure;
            }}
          />
        </Suspense>
      </Dialog>
    </div>
  );
}
