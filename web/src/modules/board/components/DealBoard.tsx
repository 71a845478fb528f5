import { DragDropContext, type DropResult } from '@hello-pangea/dnd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDealBoardQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { formatMoney } from '../../../lib/formatMoney';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Dialog } from '../../../ui/Dialog';
import { LostReasonForm } from '../../deals/components/LostReasonForm';
import { useMarkDealLost } from '../../deals/hooks/useMarkDealLost';
import { useLoadMoreDeals } from '../hooks/useLoadMoreDeals';
import { useMoveDeal, type DealMove } from '../hooks/useMoveDeal';
import { boardFilterFromParams } from '../utils/boardFilterFromParams';
import { boardPageSize } from '../utils/boardPageSize';
import { targetPosition } from '../utils/targetPosition';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { ClosedStageZone } from './ClosedStageZone';
import { PipelineSwitcher } from './PipelineSwitcher';

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
  const { markLost } = useMarkDealLost();
  // A drop on "Lost" waits for the reason before anything moves.
  const [pendingLoss, setPendingLoss] = useState<DealMove | null>(null);
  const board = data ?? previousData;
  const pipeline = board?.pipeline?.id === pipelineId ? board.pipeline : undefined;

  const onDragEnd = useCallback(
    ({ source, destination, draggableId }: DropResult) => {
      // Lets bench/spa.ts split a drag's latency into the library's drop animation and our update.
      performance.mark('board:drop');
      if (!destination || !pipeline) return;
      if (source.droppableId === destination.droppableId && source.index === destination.index)
        return;
      const from = pipeline.stages.find((s) => s.id === source.droppableId);
      const to = pipeline.stages.find((s) => s.id === destination.droppableId);
      const deal = from?.deals.find((d) => d.id === draggableId);
      if (!from || !to || !deal) return;
      const sameColumn = from.id === to.id;
      // Unfiltered, the drop index is the server's position; filtered, it lands before its visible neighbour.
      const position =
        to.kind !== 'OPEN'
          ? 0
          : unfiltered
            ? destination.index
            : targetPosition(to.deals, deal, sameColumn, destination.index);
      const dealMove = {
        deal,
        from,
        to,
        fromIndex: source.index,
        toIndex: destination.index,
        position,
        unfiltered,
      };
      if (to.kind === 'LOST') setPendingLoss(dealMove);
      else void move(dealMove);
    },
    [pipeline, move, unfiltered],
  );

  const open = pipeline?.stages.filter((s) => s.kind === 'OPEN') ?? [];
  const closed = pipeline?.stages.filter((s) => s.kind !== 'OPEN') ?? [];
  const openTotal = open.reduce((sum, s) => sum + Number(s.totalValue), 0);
  const openWeighted = open.reduce((sum, s) => sum + Number(s.weightedValue), 0);
  const openCount = open.reduce((sum, s) => sum + s.dealCount, 0);

  return (
    <div className="board-page">
      <PageHeader
        title={pipeline?.name ?? 'Deals'}
        subtitle={
          pipeline
            ? `${openCount} open deals · ${formatMoney(openTotal, pipeline.currency, true)} · ${formatMoney(openWeighted, pipeline.currency, true)} weighted`
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
        <DragDropContext onDragEnd={onDragEnd}>
          <div className="board" data-testid="board">
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
        <LostReasonForm
          onCancel={() => setPendingLoss(null)}
          onSubmit={(reason) => {
            if (pendingLoss) void markLost(pendingLoss.deal, reason, pendingLoss);
            setPendingLoss(null);
          }}
        />
      </Dialog>
    </div>
  );
}
