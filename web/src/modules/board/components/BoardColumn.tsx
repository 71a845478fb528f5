import { Droppable } from '@hello-pangea/dnd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { totalsOrZero } from '../../../lib/moneyTotals';
import { ConvertedTotal } from '../../currency/components/ConvertedTotal';
import { convertsSomething } from '../../currency/utils/describeConversion';
import { StageRateTip } from '../../stageRates/components/StageRateTip';
import { boardPageSize } from '../utils/boardPageSize';
import { moreDealsLabel } from '../utils/moreDealsLabel';
import { DealCard } from './DealCard';
import { QuickAddDeal } from './QuickAddDeal';
import { plural } from '../../../lib/plural';

type LoadMore = (stage: BoardColumn_StageFragment, count: number) => Promise<number | null>;

/**
 * One stage of the board. It arrives with its first page of cards and loads the next page when the
 * end of the column scrolls into view, so a 2,000-card pipeline downloads only what is looked at.
 */
export function BoardColumn({
  stage,
  currency,
  windowMonths,
  loadMore,
}: {
  stage: BoardColumn_StageFragment;
  currency: string;
  windowMonths: number;
  loadMore: LoadMore;
}) {
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  // Set when a page came back empty although the count says more: no automatic retry at that length.
  const [endAt, setEndAt] = useState<number | null>(null);
  // The column's one tab stop (roving tabindex): the card last focused, else the first.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = Math.max(
    0,
    stage.deals.findIndex((d) => d.id === activeId),
  );
  const scroller = useRef<HTMLDivElement | null>(null);
  const sentinel = useRef<HTMLDivElement | null>(null);
  const hidden = stage.dealCount - stage.deals.length;

  // Where focus goes once a page is in: the first new card, when the user was on the button (or
  // tabbed onto it, which scrolls it into view and starts the load) that the spinner replaces.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex == null || focusIndex >= stage.deals.length) return;
    scroller.current?.querySelectorAll<HTMLElement>('[data-deal-id]')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex, stage.deals.length]);

  const more = useCallback(
    async (count: number) => {
      const hadFocus = Boolean(sentinel.current?.contains(document.activeElement));
      setStatus('loading');
      try {
        const added = await loadMore(stage, count);
        if (added === 0) setEndAt(stage.deals.length);
        else if (hadFocus) setFocusIndex(stage.deals.length);
        setStatus('idle');
      } catch {
        setStatus('failed');
      }
    },
    [loadMore, stage],
  );

  const autoLoad = hidden > 0 && status === 'idle' && endAt !== stage.deals.length;
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !autoLoad) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void more(boardPageSize);
        }
      },
      { root: scroller.current, rootMargin: '400px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [autoLoad, more]);

  return (
    <section className="column" aria-labelledby={`column-${stage.id}`} data-stage-id={stage.id}>
      <header className="column__header">
        <div className="column__title-row">
          <h2 id={`column-${stage.id}`} className="column__title">
            {stage.name}
          </h2>
          <span className="column__count" aria-label={plural(stage.dealCount, 'deal')}>
            {stage.dealCount}
          </span>
        </div>
        <div className="column__totals">
          {/* A line per currency: a deal in another currency is never added to the others. */}
          {totalsOrZero(stage.totals, currency).map((total) => (
            <span key={total.currency} title="Total value">
              {formatMoney(total.amount, total.currency, true)}
            </span>
          ))}
          {totalsOrZero(stage.weightedTotals, currency).map((weighted, i) => (
            <span key={weighted.currency} className="column__weighted">
              {formatMoney(weighted.amount, weighted.currency, true)} weighted
              {/* One explanation per column, on the first line: every currency has the same rate. */}
              {i === 0 && (
                <>
                  {' · '}
                  <StageRateTip stage={stage} stageName={stage.name} windowMonths={windowMonths} />
                </>
              )}
            </span>
          ))}
          {/* Only when it adds something: another currency converted, or one without a rate. */}
          {stage.totalInReportingCurrency && convertsSomething(stage.totalInReportingCurrency) && (
            <ConvertedTotal total={stage.totalInReportingCurrency} what={`${stage.name} total`} />
          )}
          {stage.weightedInReportingCurrency &&
            convertsSomething(stage.weightedInReportingCurrency) && (
              <ConvertedTotal
                total={stage.weightedInReportingCurrency}
                what={`${stage.name} weighted`}
                suffix="weighted"
              />
            )}
        </div>
        {stage.kind === 'OPEN' && (
          <QuickAddDeal stageId={stage.id} stageName={stage.name} currency={currency} />
        )}
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
            onFocus={(event) => {
              const id = (event.target as HTMLElement).dataset.dealId;
              if (id) setActiveId(id);
            }}
          >
            {stage.deals.map((deal, index) => (
              <DealCard key={deal.id} deal={deal} index={index} tabbable={index === activeIndex} />
            ))}
            {provided.placeholder}
            {stage.deals.length === 0 && hidden <= 0 && !snapshot.isDraggingOver && (
              <p className="column__empty">No deals</p>
            )}
            {hidden > 0 && (
              <div ref={sentinel} className="column__more">
                {status === 'loading' ? (
                  <span
                    className="spinner spinner--small"
                    role="status"
                    aria-label="Loading more deals"
                  />
                ) : status === 'failed' ? (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void more(boardPageSize)}
                  >
                    Could not load more deals. Retry
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => void more(boardPageSize * 5)}
                  >
                    {moreDealsLabel(hidden, boardPageSize * 5)}
                  </button>
                )}
              </div>
            )}
          </div>
        )}
      </Droppable>
    </section>
  );
}
