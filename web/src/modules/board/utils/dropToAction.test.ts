import { describe, expect, it } from 'vitest';
import type {
  BoardColumn_StageFragment,
  DealCard_DealFragment,
} from '../../../__generated__/graphql';
import { dropToAction } from './dropToAction';

const deal = (id: string, stageId: string, position: number): DealCard_DealFragment => ({
  id,
  title: `Deal ${id}`,
  value: '100.00',
  currency: 'EUR',
  position,
  version: 3,
  daysInStage: 4,
  isRotting: false,
  expectedCloseDate: null,
  stage: { id: stageId },
  owner: null,
  customer: null,
  lead: null,
  winProbability: null,
  nextActivity: null,
});

const stage = (
  id: string,
  kind: BoardColumn_StageFragment['kind'],
  deals: DealCard_DealFragment[] = [],
): BoardColumn_StageFragment => ({
  id,
  name: id,
  order: 0,
  kind,
  probability: null,
  learnedConversionRate: null,
  learnedSampleSize: 0,
  priorProbability: 0.5,
  effectiveProbability: 0.5,
  rottingDays: null,
  dealCount: deals.length,
  totals: [],
  weightedTotals: [],
  totalInReportingCurrency: null,
  weightedInReportingCurrency: null,
  deals,
});

// "a" shows every other card of its column when filtered: positions 0, 2, 4.
const a = stage('a', 'OPEN', [deal('d1', 'a', 0), deal('d2', 'a', 2), deal('d3', 'a', 4)]);
const b = stage('b', 'OPEN', [deal('d4', 'b', 0), deal('d5', 'b', 5)]);
const won = stage('won', 'WON');
const lost = stage('lost', 'LOST');
const stages = [a, b, won, lost];

const drop = (draggableId: string, from: [string, number], to: [string, number] | null) => ({
  draggableId,
  source: { droppableId: from[0], index: from[1] },
  destination: to && { droppableId: to[0], index: to[1] },
});

describe('dropToAction', () => {
  it('does nothing when the card is dropped outside the board', () => {
    expect(dropToAction(drop('d1', ['a', 0], null), stages, true)).toEqual({ kind: 'none' });
  });

  it('does nothing when the card is dropped where it was', () => {
    expect(dropToAction(drop('d2', ['a', 1], ['a', 1]), stages, true)).toEqual({ kind: 'none' });
  });

  it('does nothing for a stage or card the board no longer shows', () => {
    expect(dropToAction(drop('d1', ['gone', 0], ['b', 0]), stages, true).kind).toBe('none');
    expect(dropToAction(drop('d1', ['a', 0], ['gone', 0]), stages, true).kind).toBe('none');
    expect(dropToAction(drop('d9', ['a', 0], ['b', 0]), stages, true).kind).toBe('none');
  });

  it('moves to another open stage at the drop index when the board is unfiltered', () => {
    expect(dropToAction(drop('d2', ['a', 1], ['b', 1]), stages, true)).toEqual({
      kind: 'move',
      move: {
        deal: a.deals[1],
        from: a,
        to: b,
        fromIndex: 1,
        toIndex: 1,
        position: 1,
        unfiltered: true,
      },
    });
  });

  it('reorders within a column', () => {
    const action = dropToAction(drop('d1', ['a', 0], ['a', 2]), stages, true);
    expect(action).toMatchObject({ kind: 'move', move: { from: a, to: a, position: 2 } });
  });

  it('lands before the visible neighbour when the board is filtered', () => {
    // Dropped at index 1 of "b": before d5, which sits at position 5 with hidden cards before it.
    const action = dropToAction(drop('d1', ['a', 0], ['b', 1]), stages, false);
    expect(action).toMatchObject({ kind: 'move', move: { position: 5, unfiltered: false } });
    // Down its own filtered column, below d3 (position 4): the card's old place closes up.
    const down = dropToAction(drop('d1', ['a', 0], ['a', 2]), stages, false);
    expect(down).toMatchObject({ kind: 'move', move: { position: 4 } });
  });

  it('closes the deal as won on a Won zone, at the top of the stage', () => {
    expect(dropToAction(drop('d3', ['a', 2], ['won', 0]), stages, true)).toEqual({
      kind: 'markWon',
      move: {
        deal: a.deals[2],
        from: a,
        to: won,
        fromIndex: 2,
        toIndex: 0,
        position: 0,
        unfiltered: true,
      },
    });
  });

  it('asks for a reason on a Lost zone before anything moves', () => {
    const action = dropToAction(drop('d4', ['b', 0], ['lost', 0]), stages, false);
    expect(action).toEqual({
      kind: 'askLostReason',
      move: {
        deal: b.deals[0],
        from: b,
        to: lost,
        fromIndex: 0,
        toIndex: 0,
        position: 0,
        unfiltered: false,
      },
    });
  });
});
