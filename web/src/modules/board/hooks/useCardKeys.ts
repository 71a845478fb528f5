import { useCallback, type KeyboardEvent } from 'react';

export type CloseByKey = (
  place: { dealId: string; stageId: string; index: number },
  kind: 'WON' | 'LOST',
) => void;

const cardsIn = (column: Element | null) =>
  column ? [...column.querySelectorAll<HTMLElement>('[data-deal-id]')] : [];

/** The card a column would focus: its tab stop, else its first card. */
const entryCard = (column: Element | null) =>
  column?.querySelector<HTMLElement>('[data-deal-id][tabindex="0"]') ?? cardsIn(column)[0];

/**
 * Keys on a focused card that is not being dragged (the drag library takes the arrows while it
 * is): Up/Down/Home/End move within the column, Left/Right to the next column's tab stop, W and L
 * close the deal as won or lost, the keyboard way to reach the Won and Lost zones.
 */
export function useCardKeys(isDragging: () => boolean, close: CloseByKey) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isDragging()) return;
      const card = event.target as HTMLElement;
      const dealId = card.dataset.dealId;
      const column = card.closest('section.column');
      if (!dealId || !column) return;
      const cards = cardsIn(column);
      const index = cards.indexOf(card);
      const columns = [...(column.parentElement?.querySelectorAll('section.column') ?? [])];
      const at = columns.indexOf(column);
      let next: HTMLElement | undefined;
      switch (event.key) {
        case 'ArrowDown':
          next = cards[index + 1];
          break;
        case 'ArrowUp':
          next = cards[index - 1];
          break;
        case 'Home':
          next = cards[0];
          break;
        case 'End':
          next = cards[cards.length - 1];
          break;
        case 'ArrowRight':
          next = entryCard(columns[at + 1] ?? null);
          break;
        case 'ArrowLeft':
          next = entryCard(columns[at - 1] ?? null);
          break;
        case 'w':
        case 'W':
        case 'l':
        case 'L': {
          event.preventDefault();
          const stageId = column.getAttribute('data-stage-id') ?? '';
          // The card leaves the column: focus stays in it, on the neighbour.
          (cards[index + 1] ?? cards[index - 1])?.focus();
          close({ dealId, stageId, index }, event.key.toUpperCase() === 'W' ? 'WON' : 'LOST');
          return;
        }
        default:
          return;
      }
      event.preventDefault();
      next?.focus();
      next?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [isDragging, close],
  );
}
