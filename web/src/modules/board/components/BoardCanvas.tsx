import { DragDropContext } from '@hello-pangea/dnd';
import { useCallback, useMemo, useRef } from 'react';
import type { DealBoardQuery } from '../../../__generated__/graphql';
import type { DealMove } from '../../deals/types/DealMove';
import { permissions } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/useCurrentUser';
import { useToast } from '../../../ui/useToast';
import { useCardKeys, type CloseByKey } from '../hooks/useCardKeys';
import type { useLoadMoreDeals } from '../hooks/useLoadMoreDeals';
import { describeDrag, dragInstructions } from '../utils/describeDrag';
import { dropToAction } from '../utils/dropToAction';
import { BoardColumn } from './BoardColumn';
import { ClosedStageZone } from './ClosedStageZone';

type Pipeline = NonNullable<DealBoardQuery['pipeline']>;

/**
 * The board's columns and Won/Lost zones with drag and drop and the keyboard model. It is a chunk
 * of its own (with @hello-pangea/dnd) that DealBoard loads while the board's query is in flight,
 * so the SPA's entry, which every page waits for, carries no drag library (ADR 025).
 */
export function BoardCanvas({
  pipeline,
  compact,
  unfiltered,
  loadMore,
  onDrop,
}: {
  pipeline: Pipeline;
  compact: boolean;
  unfiltered: boolean;
  loadMore: ReturnType<typeof useLoadMoreDeals>;
  onDrop: (kind: 'move' | 'markWon' | 'askLostReason', move: DealMove) => void;
}) {
  const words = useMemo(() => describeDrag(pipeline.stages), [pipeline]);
  const dragging = useRef(false);
  const user = useCurrentUser();
  const toast = useToast();

  /** Why the user may not move the dropped deal (a rep, another rep's deal), or null. */
  const refusal = useCallback(
    (drop: Parameters<typeof dropToAction>[0]) => {
      const action = dropToAction(drop, pipeline.stages, unfiltered);
      if (action.kind === 'none' || permissions.changeOwned(user, action.move.deal.owner?.id))
        return null;
      return words.refused(drop, action.move.deal.owner?.name);
    },
    [pipeline, unfiltered, user, words],
  );

  const apply = useCallback(
    (drop: Parameters<typeof dropToAction>[0]) => {
      const action = dropToAction(drop, pipeline.stages, unfiltered);
      if (action.kind !== 'none') onDrop(action.kind, action.move);
    },
    [pipeline, unfiltered, onDrop],
  );

  const closeByKey = useCallback<CloseByKey>(
    ({ dealId, stageId, index }, kind) => {
      const target = pipeline.stages.find((s) => s.kind === kind);
      if (!target) return;
      const drop = {
        draggableId: dealId,
        source: { droppableId: stageId, index },
        destination: { droppableId: target.id, index: 0 },
      };
      const refused = refusal(drop);
      if (refused) toast.show(refused, 'error');
      else apply(drop);
    },
    [pipeline, apply, refusal, toast],
  );
  const onCardKeyDown = useCardKeys(() => dragging.current, closeByKey);

  const open = pipeline.stages.filter((s) => s.kind === 'OPEN');
  const closed = pipeline.stages.filter((s) => s.kind !== 'OPEN');
  return (
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
        // Refused here rather than by the server: the card stays, keeps focus, and the live region
        // says why instead of announcing a move that is then undone.
        const refused = refusal(drop);
        provided.announce(refused ?? words.end(drop));
        if (!refused) apply(drop);
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
            windowMonths={pipeline.stageRateWindowMonths}
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
  );
}
