import type { BoardColumn_StageFragment } from '../../../__generated__/graphql';

type Place = { droppableId: string; index: number };
type Drag = { draggableId: string; source: Place; destination?: Place | null };

/** What a screen reader hears while a card is dragged: deal and stage names, never ids. */
export type DragWords = {
  lift: (drag: Drag) => string;
  update: (drag: Drag) => string;
  end: (drag: Drag) => string;
  /** A drop the user's role does not allow (a rep moving another rep's deal): nothing moved. */
  refused: (drag: Drag, ownerName: string | null | undefined) => string;
};

export const dragInstructions =
  'Press Space to pick up the deal. Up and down arrows move it within its stage, left and right ' +
  'arrows to the next stage. Press Space to drop it, Escape to cancel. Without picking it up, ' +
  'press W to mark it won or L to mark it lost, and Enter to open it.';

export function describeDrag(stages: readonly BoardColumn_StageFragment[]): DragWords {
  const stage = (id: string) => stages.find((s) => s.id === id);
  const title = (drag: Drag) => {
    const deal = stage(drag.source.droppableId)?.deals.find((d) => d.id === drag.draggableId);
    return `“${deal?.title ?? 'the deal'}”`;
  };
  const where = ({ droppableId, index }: Place, moving: boolean) => {
    const to = stage(droppableId);
    if (!to) return 'an unknown stage';
    if (to.kind === 'WON') return `${to.name}, to mark it won`;
    if (to.kind === 'LOST') return `${to.name}, to mark it lost`;
    // Moving into another stage adds one card to its count.
    const count = to.dealCount + (moving ? 1 : 0);
    return `${to.name}, position ${index + 1} of ${count}`;
  };
  return {
    refused: (drag, ownerName) =>
      `${title(drag)} was not moved: ${ownerName ? `it is ${ownerName}’s deal, and only its owner, a manager or an admin` : 'it has no owner, and only a manager or an admin'} can move it. It stays in ${stage(drag.source.droppableId)?.name ?? 'its stage'}.`,
    lift: (drag) => `Picked up ${title(drag)} in ${where(drag.source, false)}.`,
    update: (drag) =>
      drag.destination
        ? `Over ${where(drag.destination, drag.destination.droppableId !== drag.source.droppableId)}.`
        : 'Not over a stage: dropping now leaves the deal where it was.',
    end: (drag) => {
      const from = stage(drag.source.droppableId)?.name ?? 'its stage';
      const dest = drag.destination;
      if (!dest) return `${title(drag)} stays in ${from}.`;
      const to = stage(dest.droppableId);
      if (to?.kind === 'WON') return `${title(drag)} marked as won.`;
      if (to?.kind === 'LOST') return `Why was ${title(drag)} lost? A dialog asks for the reason.`;
      const moving = dest.droppableId !== drag.source.droppableId;
      if (!moving && dest.index === drag.source.index) return `${title(drag)} stays in ${from}.`;
      return moving
        ? `Moved ${title(drag)} from ${from} to ${where(dest, true)}.`
        : `Moved ${title(drag)} to ${where(dest, false)}.`;
    },
  };
}
