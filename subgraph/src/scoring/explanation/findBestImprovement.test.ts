import { describe, expect, it } from 'vitest';
import type { MainTerm, Model } from '../model/types';
import { findBestImprovement, type Actionable } from './findBestImprovement';

/** A numeric term over `edges` with these scores per bin (bin 0: missing). */
function term(name: string, edges: number[], scores: number[]): MainTerm {
  return {
    feature: { name, label: name, kind: 'numeric' },
    binning: { kind: 'numeric', edges },
    scores,
    counts: scores.map(() => 10),
    display: scores.map((_, b) => (b === 0 ? 'missing' : `bin ${b}`)),
  };
}

// A model where fewer calls and an older last contact score higher: what a skewed history can
// teach. Bins of calls: <1, 1-2, 3-5, >=6; of days since the last contact: <7, 7-29, 30-89, >=90.
const model: Model = {
  format: 'additive-model/v1',
  kind: 'trained',
  intercept: -1,
  terms: [
    term('callsCount', [1, 3, 6], [0, 0.9, 0.5, 0.2, 0.4]),
    term('daysSinceLastEngagement', [7, 30, 90], [-0.5, 0.1, 0.3, 0.6, 0.8]),
  ],
  pairs: [],
  meta: {
    seed: 1,
    trainRows: 100,
    positiveRate: 0.3,
    bags: 1,
    mainRounds: [],
    pairRounds: [],
    learningRate: 0.1,
    calibration: null,
  },
};

const actionable: Actionable[] = [
  { name: 'callsCount', change: 'increase' },
  { name: 'daysSinceLastEngagement', change: 'set', value: 0 },
];

describe('findBestImprovement', () => {
  it('suggests any bin when no feature is said to be actionable', () => {
    // 3-5 calls (bin 3), last contact 40 days ago (bin 3): fewer calls is the best single change.
    const best = findBestImprovement(model, [3, 3], 0);
    expect(best).toMatchObject({ feature: 'callsCount', from: 'bin 3', to: 'bin 1' });
  });

  it('never suggests fewer calls or an older last contact, only more calls or contact today', () => {
    // From 3-5 calls only >= 6 calls (+0.2) is allowed; contact today (bin 1) scores less.
    expect(findBestImprovement(model, [3, 3], 0, actionable)).toMatchObject({
      feature: 'callsCount',
      from: 'bin 3',
      to: 'bin 4',
    });
    // With >= 6 calls and contact 40 days ago nothing allowed raises the score.
    expect(findBestImprovement(model, [4, 3], 0, actionable)).toBeNull();
    // Never contacted (missing): contact today is the only change of the recency, not "90 days ago".
    const fromMissing = findBestImprovement(model, [4, 0], 0, actionable);
    expect(fromMissing).toMatchObject({ feature: 'daysSinceLastEngagement', to: 'bin 1' });
    expect(fromMissing!.logitChange).toBeCloseTo(0.6, 12);
  });
});
