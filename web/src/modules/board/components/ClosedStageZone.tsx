import { Droppable } from '@hello-pangea/dnd';
import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { totalsOrZero } from '../../../lib/moneyTotals';
import { plural } from '../../../lib/plural';
import { closedZoneDays } from '../utils/closedZoneDays';

/**
 * Won and lost stages are drop targets with their totals (the deals closed in them in the last 90
 * days that the board's filter keeps: `closedZoneDays`, ADR 081); their deals aren't listed on
 * the board.
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
          aria-label={`${stage.name}: ${plural(stage.dealCount, 'deal')}, last ${closedZoneDays} days`}
        >
          <strong>{stage.name}</strong>
          <span>
            {plural(stage.dealCount, 'deal')} ·{' '}
            {formatMoneyTotals(totalsOrZero(stage.totals, currency), true)} ·{' '}
            {`last ${closedZoneDays}\u00a0days`}
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
