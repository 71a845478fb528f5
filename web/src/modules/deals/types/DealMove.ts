import type {
  BoardColumn_StageFragment,
  DealCard_DealFragment,
} from '../../../__generated__/graphql';

/** A card dropped somewhere else on the board, as the deal mutations apply it to the cache. */
export type DealMove = {
  deal: DealCard_DealFragment;
  from: BoardColumn_StageFragment;
  to: BoardColumn_StageFragment;
  /** Indexes in the source and destination lists as displayed. */
  fromIndex: number;
  toIndex: number;
  /** Position sent to the server (see the board's targetPosition); 0 in a closed stage. */
  position: number;
  /** A filtered board hides deals whose positions shift too; it is refetched after the move. */
  unfiltered: boolean;
};
