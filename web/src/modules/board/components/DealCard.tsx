import { Draggable } from '@hello-pangea/dnd';
import { memo } from 'react';
import { useNavigate } from 'react-router';
import type { DealCard_DealFragment } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { WinChance } from '../../deals/components/WinChance';
import { NextStep } from '../../planned/components/NextStep';
import { cardTitle } from '../utils/cardTitle';
import { plural } from '../../../lib/plural';

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/**
 * A deal on the board. Only one card per column is a tab stop (`tabbable`, a roving tabindex the
 * column keeps); arrow keys move between cards (DealBoard), Space lifts the card, Enter opens it.
 */
export const DealCard = memo(function DealCard({
  deal,
  index,
  tabbable,
}: {
  deal: DealCard_DealFragment;
  index: number;
  tabbable: boolean;
}) {
  const navigate = useNavigate();
  const title = cardTitle(deal.title, deal.customer?.name);
  const score = deal.lead?.score;
  return (
    <Draggable draggableId={deal.id} index={index}>
      {(provided, snapshot) => (
        <article
          ref={provided.innerRef}
          {...provided.draggableProps}
          {...provided.dragHandleProps}
          tabIndex={tabbable ? 0 : -1}
          className={`deal-card ${snapshot.isDragging ? 'deal-card--dragging' : ''} ${deal.isRotting ? 'deal-card--rotting' : ''}`}
          data-deal-id={deal.id}
          // The card is the drag handle (role="button"), so it holds no link of its own: a click
          // (the library swallows the one ending a drag) or Enter opens the deal.
          onClick={() => void navigate(`/deals/${deal.id}`)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !snapshot.isDragging && !event.defaultPrevented)
              void navigate(`/deals/${deal.id}`);
          }}
        >
          <div className="deal-card__top">
            <span className="deal-card__title">{title}</span>
            {score != null && <ScoreBadge score={score} band={deal.lead?.scoreBand} size="sm" />}
          </div>
          {deal.customer && <div className="deal-card__customer">{deal.customer.name}</div>}
          <NextStep activity={deal.nextActivity} />
          <div className="deal-card__meta">
            <span className="deal-card__value">{formatMoney(deal.value, deal.currency)}</span>
            <WinChance deal={deal} />
            <span className="deal-card__days" title="Days in this stage">
              <span aria-hidden="true">{deal.daysInStage}d</span>
              <span className="visually-hidden">
                {plural(deal.daysInStage, 'day')} in this stage
              </span>
            </span>
            {deal.isRotting && <span className="badge badge--danger">Rotting</span>}
            {deal.owner && (
              <span className="avatar" title={deal.owner.name}>
                <span aria-hidden="true">{initials(deal.owner.name)}</span>
                <span className="visually-hidden">owner {deal.owner.name}</span>
              </span>
            )}
          </div>
        </article>
      )}
    </Draggable>
  );
});
