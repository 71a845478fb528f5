import { describe, expect, it } from 'vitest';
import {
  interpolatePriors,
  learnRottingDays,
  learnStageRates,
  nonDecreasing,
  type ClosedDealPath,
  type RateStage,
} from './learnStageRates';

const long = new Date('2020-01-01');
const stage = (id: string, order: number, probability: number | null = null): RateStage => ({
  id,
  order,
  kind: 'OPEN',
  probability,
  createdAt: long,
});
const closing: RateStage[] = [
  { id: 'won', order: 90, kind: 'WON', probability: null, createdAt: long },
  { id: 'lost', order: 91, kind: 'LOST', probability: null, createdAt: long },
];
const deals = (n: number, path: Omit<ClosedDealPath, 'closedAt'> & { closedAt?: Date }) =>
  Array.from({ length: n }, () => ({ closedAt: new Date('2026-06-01'), ...path }));

describe('learnStageRates', () => {
  it('uses the hand values, else values interpolated along the stages, when there is no history', () => {
    const rates = learnStageRates(
      [stage('a', 0), stage('b', 1, 0.4), stage('c', 2), stage('d', 3), ...closing],
      [],
    );
    expect(rates.get('a')).toMatchObject({ prior: 0.2, learned: null, sample: 0, blended: 0.2 });
    expect(rates.get('b')!.blended).toBeCloseTo(0.4, 12);
    expect(rates.get('c')!.blended).toBeCloseTo(0.6, 12);
    expect(rates.get('d')!.blended).toBeCloseTo(0.8, 12);
    expect(rates.has('won')).toBe(false);
    expect(interpolatePriors([null, null, null])).toEqual([0.25, 0.5, 0.75]);
  });

  it('counts a won deal as having passed every stage, skipped ones too, and a lost one up to where it got', () => {
    const stages = [stage('a', 0), stage('b', 1), stage('c', 2), ...closing];
    const history = [
      ...deals(10, { won: true, furthestOrder: 0 }), // jumped from a to Won
      ...deals(10, { won: false, furthestOrder: 0 }),
      ...deals(10, { won: false, furthestOrder: 2 }),
    ];
    const rates = learnStageRates(stages, history);
    expect(rates.get('a')).toMatchObject({ sample: 30, won: 10, learned: 10 / 30 });
    expect(rates.get('b')).toMatchObject({ sample: 20, won: 10, learned: 0.5 });
    expect(rates.get('c')).toMatchObject({ sample: 20, won: 10, learned: 0.5 });
  });

  it('blends history with the prior as a Beta prior worth 20 deals: a few deals move it a little, hundreds a lot', () => {
    const stages = [stage('a', 0, 0.5), ...closing];
    const few = learnStageRates(stages, deals(5, { won: true, furthestOrder: 0 })).get('a')!;
    expect(few.learned).toBe(1);
    expect(few.blended).toBeCloseTo((5 + 20 * 0.5) / 25, 12); // 60 %, not 100 %
    const many = learnStageRates(stages, deals(500, { won: true, furthestOrder: 0 })).get('a')!;
    expect(many.blended).toBeCloseTo((500 + 10) / 520, 12);
  });

  it('ignores fewer deals than the minimum sample', () => {
    const rates = learnStageRates(
      [stage('a', 0, 0.3), ...closing],
      deals(4, { won: true, furthestOrder: 0 }),
    );
    expect(rates.get('a')).toMatchObject({ sample: 4, learned: null, blended: 0.3 });
  });

  it('does not count deals closed before a stage was added (a new stage does not learn 100 %)', () => {
    const added = { ...stage('new', 1), createdAt: new Date('2026-07-01') };
    const rates = learnStageRates(
      [stage('a', 0), added, ...closing],
      [
        ...deals(30, { won: true, furthestOrder: 0 }),
        ...deals(30, { won: false, furthestOrder: 0 }),
      ],
    );
    expect(rates.get('new')).toMatchObject({ sample: 0, learned: null });
    expect(rates.get('new')!.blended).toBeCloseTo(2 / 3, 12); // its prior, between a's 1/3 and Won
  });

  it('makes the rates non-decreasing along the stages', () => {
    // Hand values that contradict the stage order (80 % before 20 %) are pooled by their weight.
    const stages = [
      stage('discovery', 0, 0.8),
      stage('proposal', 1, 0.2),
      stage('closing', 2),
      ...closing,
    ];
    const rates = learnStageRates(stages, []);
    expect(rates.get('discovery')!.blended).toBeCloseTo(0.5, 12);
    expect(rates.get('proposal')!.blended).toBeCloseTo(0.5, 12);
    expect(rates.get('closing')!.blended).toBeCloseTo(0.6, 12);
    // History on Discovery outweighs the prior, so the pooled value leans to it.
    const history = [
      ...deals(60, { won: true, furthestOrder: 0 }),
      ...deals(40, { won: false, furthestOrder: 0 }),
    ];
    const learned = learnStageRates(stages, history);
    const d = learned.get('discovery')!;
    const p = learned.get('proposal')!;
    expect(d.learned).toBe(0.6);
    expect(p.learned).toBe(1);
    expect(d.blended).toBeLessThanOrEqual(p.blended);
    expect(learned.get('closing')!.blended).toBeGreaterThanOrEqual(p.blended);
  });

  it('pools adjacent violators by weight', () => {
    const pooled = nonDecreasing([0.2, 0.6, 0.4, 0.8], [1, 1, 3, 1]);
    [0.2, 0.45, 0.45, 0.8].forEach((v, i) => expect(pooled[i]).toBeCloseTo(v, 12));
    expect(nonDecreasing([0.9, 0.1], [1, 1])).toEqual([0.5, 0.5]);
    expect(nonDecreasing([], [])).toEqual([]);
  });
});

describe('learnRottingDays', () => {
  it('takes the 80th percentile of finished stays, in whole days, from five stays on', () => {
    expect(learnRottingDays([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(8);
    expect(learnRottingDays([0.2, 0.1, 0.3, 0.4, 0.5])).toBe(1);
    expect(learnRottingDays([10.2, 3, 3, 3, 3])).toBe(3);
    expect(learnRottingDays([30, 1, 2, 40, 3, 50])).toBe(40);
    expect(learnRottingDays([1, 2, 3, 4])).toBeNull();
  });
});
