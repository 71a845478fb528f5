import { Draggable } from '@hello-pangea/dnd';
import { memo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DealCard_DealFragment } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { ScoreBadge } from '../../../ui/ScoreBadge';

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

export const DealCard = memo(function DealCard({
  deal,
  index,
}: {
  deal: DealCard_DealFragment;
  index: number;
}) {
  const navigate = useNavigate();
  return (
    <Draggable draggableId={deal.id} index={index}>
      {(provided, snapshot) => (
        <article
          ref={provided.innerRef}
          {...provided.draggableProps}
          {...provided.dragHandleProps}
          className={`deal-card ${snapshot.isDragging ? 'deal-card--dragging' : ''} ${deal.isRotting ? 'deal-card--rotting' : ''}`}
          aria-label={`${deal.title}, ${formatMoney(deal.value, deal.currency)}${deal.isRotting ? ', rotting' : ''}`}
          data-deal-id={deal.id}
          // Space lifts the card (keyboard drag); Enter opens it.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !snapshot.isDragging && !event.defaultPrevented)
              void navigate(`/deals/${deal.id}`);
          }}
        >
          <div className="deal-card__top">
            <Link to={`/deals/${deal.id}`} className="deal-card__title" tabIndex={-1}>
              {deal.title}
            </Link>
            {deal.lead && (
              <ScoreBadge score={deal.lead.score} band={deal.lead.scoreBand} size="sm" />
            )}
          </div>
          {deal.customer && <div className="deal-card__customer">{deal.customer.name}</div>}
          <div className="deal-card__meta">
            <span className="deal-card__value">{formatMoney(deal.value, deal.currency)}</span>
            <span className="deal-card__days" title="Days in this stage">
              {deal.daysInStage}d
            </span>
            {deal.isRotting && <span className="badge badge--danger">Rotting</span>}
            {deal.owner && (
              <span
                className="avatar"
                title={deal.owner.name}
                aria-label={`Owner ${deal.owner.name}`}
              >
                {initials(deal.owner.name)}
              </span>
            )}
          </div>
        </article>
      )}
    </Draggable>
  );
});
