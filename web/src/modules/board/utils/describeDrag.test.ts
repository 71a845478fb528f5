import { describe, expect, it } from 'vitest';
import type {
  BoardColumn_StageFragment,
  DealCard_DealFragment,
} from '../../../__generated__/graphql';
import { describeDrag } from './describeDrag';

const deal = (id: string, title: string): DealCard_DealFragment => ({
  id,
  title,
  value: '100.00',
  currency: 'EUR',
  position: 0,
  version: 1,
  daysInStage: 1,
  isRotting: false,
  expectedCloseDate: null,
  stage: { id: 'st-1' },
  owner: null,
  customer: null,
  lead: null,
  winProbability: null,
  nextActivity: null,
});

const stage = (
  id: string,
  name: string,
  kind: BoardColumn_StageFragment['kind'],
  deals: DealCard_DealFragment[],
  dealCount = deals.length,
): BoardColumn_StageFragment => ({
  id,
  name,
  order: 0,
  kind,
  probability: null,
  learnedConversionRate: null,
  learnedSampleSize: 0,
  priorProbability: 0.5,
  effectiveProbability: 0.5,
  rottingDays: null,
  dealCount,
  totals: [],
  weightedTotals: [],
  totalInReportingCurrency: null,
  weightedInReportingCurrency: null,
  deals,
});

const words = describeDrag([
  stage('pl-new-st-0', 'Qualification', 'OPEN', [deal('d1', 'Pilot'), deal('d2', 'Rollout')]),
  stage('pl-new-st-1', 'Discovery', 'OPEN', [deal('d3', 'Team plan')], 65),
  stage('pl-new-st-4', 'Won', 'WON', []),
  stage('pl-new-st-5', 'Lost', 'LOST', []),
]);
const from = { droppableId: 'pl-new-st-0', index: 0 };
const drag = (to: { droppableId: string; index: number } | null) => ({
  draggableId: 'd1',
  source: from,
  destination: to,
});

describe('describeDrag', () => {
  it('names the deal and the stages, never their ids', () => {
    expect(words.lift(drag(from))).toBe('Picked up “Pilot” in Qualification, position 1 of 2.');
    const moved = words.end(drag({ droppableId: 'pl-new-st-1', index: 2 }));
    expect(moved).toBe('Moved “Pilot” from Qualification to Discovery, position 3 of 66.');
    for (const text of [words.lift(drag(from)), moved]) expect(text).not.toMatch(/pl-new|d1/);
  });

  it('says what a drop on Won or Lost does, and when nothing moves', () => {
    expect(words.update(drag({ droppableId: 'pl-new-st-4', index: 0 }))).toBe(
      'Over Won, to mark it won.',
    );
    expect(words.end(drag({ droppableId: 'pl-new-st-4', index: 0 }))).toBe(
      '“Pilot” marked as won.',
    );
    expect(words.end(drag({ droppableId: 'pl-new-st-5', index: 0 }))).toMatch(/reason/);
    expect(words.end(drag(null))).toBe('“Pilot” stays in Qualification.');
    expect(words.end(drag(from))).toBe('“Pilot” stays in Qualification.');
  });
  it('says a refused drop moved nothing, and who may move the deal', () => {
    const to = drag({ droppableId: 'pl-new-st-1', index: 0 });
    expect(words.refused(to, 'Sam Patel')).toBe(
      '“Pilot” was not moved: it is Sam Patel’s deal, and only its owner, a manager or an admin can move it. It stays in Qualification.',
    );
    expect(words.refused(to, null)).toMatch(/no owner, and only a manager or an admin can move it/);
  });
});
