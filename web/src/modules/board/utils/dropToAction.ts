import type { DraggableLocation } from '@hello-pangea/dnd';
import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';
import type { DealMove } from '../../deals/types/DealMove';
import { targetPosition } from './targetPosition';

type Drop = {
  draggableId: string;
  source: DraggableLocation;
  destination?: DraggableLocation | null;
};

/** What a drop means: nothing, a move to an open stage, closing as won, or asking why it was lost. */
export type DropAction =
  { kind: 'none' } | { kind: 'move' | 'markWon' | 'askLostReason'; move: DealMove };

/**
 * Turns a drop on the board into what should happen to the deal. `stages` are the pipeline's
 * stages as shown (open columns with their cards, won and lost zones); `unfiltered` says whether
 * the columns show every deal, in which case the drop index is the server's position.
 */
export function dropToAction(
  { draggableId, source, destination }: Drop,
  stages: readonly BoardColumn_StageFragment[],
  unfiltered: boolean,
): DropAction {
  if (!destination) return { kind: 'none' };
  if (source.droppableId === destination.droppableId && source.index === destination.index)
    return { kind: 'none' };
  const from = stages.find((s) => s.id === source.droppableId);
  const to = stages.find((s) => s.id === destination.droppableId);
  const deal = from?.deals.find((d) => d.id === draggableId);
  if (!from || !to || !deal) return { kind: 'none' };
  // Filtered, a card lands before its visible neighbour so the hidden ones keep their order.
  const position =
    to.kind !== 'OPEN'
      ? 0
      : unfiltered
        ? destination.index
        : targetPosition(to.deals, deal, from.id === to.id, destination.index);
  const move: DealMove = {
    deal,
    from,
    to,
    fromIndex: source.index,
    toIndex: destination.index,
    position,
    unfiltered,
  };
  const kind = to.kind === 'WON' ? 'markWon' : to.kind === 'LOST' ? 'askLostReason' : 'move';
  return { kind, move };
}
