import { Droppable } from '@hello-pangea/dnd';
import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { totalsOrZero } from '../../../lib/moneyTotals';
import { plural } from '../../../lib/plural';

/**
 * Won and lost stages are drop targets with their totals (every deal ever closed in them that the
 * board's filter keeps, so "all time"); their deals aren't listed on the board.
 */
export function ClosedStageZone({
  stage,
  currency,
}: {
  stage: BoardColumn_StageFragment;
  currency: string;
}) {
  const tone = stage.kind === 'WON' ? 'won' : 'lost';
  return (
    <Droppable droppableId={stage.id}>
      {(provided, snapshot) => (
        <div
          ref={provided.innerRef}
          {...provided.droppableProps}
          className={`closed-zone closed-zone--${tone} ${snapshot.isDraggingOver ? 'closed-zone--over' : ''}`}
          data-stage-id={stage.id}
          role="group"
          aria-label={`${stage.name}: ${plural(stage.dealCount, 'deal')}, all time`}
        >
          <strong>{stage.name}</strong>
          <span>
            {plural(stage.dealCount, 'deal')} ·{' '}
            {formatMoneyTotals(totalsOrZero(stage.totals, currency), true)} · all time
          </span>
          <span className="closed-zone__hint">
            Drop a deal here, or press {tone === 'won' ? 'W' : 'L'} on a card
          </span>
          <span className="closed-zone__placeholder">{provided.placeholder}</span>
        </div>
      )}
    </Droppable>
  );
}
