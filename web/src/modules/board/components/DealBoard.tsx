import { DragDropContext } from '@hello-pangea/dnd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDealBoardQuery } from '../../../__generated__/graphql';
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
import type { DealMove } from '../../deals/types/DealMove';
import { useCardKeys, type CloseByKey } from '../hooks/useCardKeys';
import { useLoadMoreDeals } from '../hooks/useLoadMoreDeals';
import { boardFilterFromParams } from '../utils/boardFilterFromParams';
import { boardPageSize } from '../utils/boardPageSize';
import { describeDrag, dragInstructions } from '../utils/describeDrag';
import { dropToAction } from '../utils/dropToAction';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { ClosedStageZone } from './ClosedStageZone';
import { PipelineSwitcher } from './PipelineSwitcher';

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
  const { data, previousData, loading, error, refetch } = useDealBoardQuery({
    variables: {
      pipelineId,
      filter,
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
  const words = useMemo(() => describeDrag(pipeline?.stages ?? []), [pipeline]);
  const dragging = useRef(false);
  const compact = params.get('density') === 'compact';

  const apply = useCallback(
    (drop: Parameters<typeof dropToAction>[0]) => {
      if (!pipeline) return;
      const action = dropToAction(drop, pipeline.stages, unfiltered);
      if (action.kind === 'move') void move(action.move);
      else if (action.kind === 'markWon') void markWon(action.move.deal, action.move);
      // A drop on "Lost" waits for the reason before anything moves.
      else if (action.kind === 'askLostReason') setPendingLoss(action.move);
    },
    [pipeline, move, markWon, unfiltered],
  );

  const closeByKey = useCallback<CloseByKey>(
    ({ dealId, stageId, index }, kind) => {
      const target = pipeline?.stages.find((s) => s.kind === kind);
      if (!target) return;
      apply({
        draggableId: dealId,
        source: { droppableId: stageId, index },
        destination: { droppableId: target.id, index: 0 },
      });
    },
    [pipeline, apply],
  );
  const onCardKeyDown = useCardKeys(() => dragging.current, closeByKey);

  const open = pipeline?.stages.filter((s) => s.kind === 'OPEN') ?? [];
  const closed = pipeline?.stages.filter((s) => s.kind !== 'OPEN') ?? [];
  // Per currency: a deal in another currency than the pipeline's is never added to the others.
  const openTotals = sumTotals(open.map((s) => s.totals));
  const openWeighted = sumTotals(open.map((s) => s.weightedTotals));
  const openCount = open.reduce((sum, s) => sum + s.dealCount, 0);

  return (
    <div className="board-page">
      <PageHeader
        title={pipeline?.name ?? 'Deals'}
        documentTitle={pipeline ? `${pipeline.name} board` : 'Deals'}
        subtitle={
          pipeline
            ? `${openCount} open deals · ${formatValueAndWeighted(openTotals, openWeighted, pipeline.currency)}`
            : undefined
        }
      />
      <div className="toolbar">
        <PipelineSwitcher pipelineId={pipelineId} />
        <BoardFilters />
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
      ) : (
        <DragDropContext
          dragHandleUsageInstructions={dragInstructions}
          onDragStart={(start, provided) => {
            dragging.current = true;
            provided.announce(words.lift(start));
          }}
          onDragUpdate={(update, provided) => provided.announce(words.update(update))}
          onDragEnd={(drop, provided) => {
            // Lets bench/spa.ts split a drag's latency into the library's drop animation and our update.
            performance.mark('board:drop');
            dragging.current = false;
            provided.announce(words.end(drop));
            apply(drop);
          }}
        >
          <div
            className={`board ${compact ? 'board--compact' : ''}`}
            data-testid="board"
            onKeyDown={onCardKeyDown}
          >
            {open.map((stage) => (
              <BoardColumn
                key={stage.id}
                stage={stage}
                currency={pipeline.currency}
                loadMore={loadMore}
              />
            ))}
          </div>
          {closed.length > 0 && (
            <div className="closed-zones">
              {closed.map((stage) => (
                <ClosedStageZone key={stage.id} stage={stage} currency={pipeline.currency} />
              ))}
            </div>
          )}
        </DragDropContext>
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
              return failure;
            }}
          />
        </Suspense>
      </Dialog>
    </div>
  );
}
