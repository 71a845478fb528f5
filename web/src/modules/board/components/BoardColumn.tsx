import { Droppable } from '@hello-pangea/dnd';
import { useEffect, useRef, useState } from 'react';
import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { formatPercent } from '../../../lib/formatPercent';
import { DealCard } from './DealCard';

const PAGE = 40;

/** One stage of the board. Long columns render in pages as they scroll, so 2,000 cards stay smooth. */
export function BoardColumn({ stage, currency }: { stage: BoardColumn_StageFragment; currency: string }) {
  const [limit, setLimit] = useState(PAGE);
  const scroller = useRef<HTMLDivElement | null>(null);
  const sentinel = useRef<HTMLDivElement | null>(null);
  const hidden = stage.deals.length - limit;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || hidden <= 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + PAGE);
      },
      { root: scroller.current, rootMargin: '400px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hidden]);

  const probability = stage.effectiveProbability;
  return (
    <section className="column" aria-labelledby={`column-${stage.id}`} data-stage-id={stage.id}>
      <header className="column__header">
        <div className="column__title-row">
          <h2 id={`column-${stage.id}`} className="column__title">
            {stage.name}
          </h2>
          <span className="column__count" aria-label={`${stage.dealCount} deals`}>
            {stage.dealCount}
          </span>
        </div>
        <div className="column__totals">
          <span title="Total value">{formatMoney(stage.totalValue, currency, true)}</span>
          <span className="column__weighted" title={`Weighted at ${formatPercent(probability)}${stage.probability == null ? ' (learned)' : ''}`}>
            {formatMoney(stage.weightedValue, currency, true)} weighted · {formatPercent(probability)}
          </span>
        </div>
      </header>
      <Droppable droppableId={stage.id}>
        {(provided, snapshot) => (
          <div
            ref={(node) => {
              provided.innerRef(node);
              scroller.current = node;
            }}
            {...provided.droppableProps}
            className={`column__body ${snapshot.isDraggingOver ? 'column__body--over' : ''}`}
          >
            {stage.deals.slice(0, limit).map((deal, index) => (
              <DealCard key={deal.id} deal={deal} index={index} />
            ))}
            {provided.placeholder}
            {stage.deals.length === 0 && !snapshot.isDraggingOver && <p className="column__empty">No deals</p>}
            {hidden > 0 && (
              <div ref={sentinel} className="column__more">
                <button type="button" className="button button--ghost button--small" onClick={() => setLimit((l) => l + PAGE * 5)}>
                  Show {Math.min(hidden, PAGE * 5)} more of {hidden}
                </button>
              </div>
            )}
          </div>
        )}
      </Droppable>
    </section>
  );
}
