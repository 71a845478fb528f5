import { describe, expect, it } from 'vitest';
import { stratifiedKFold } from './stratifiedKFold';
import { timeOrderedHoldout } from './timeOrderedHoldout';

describe('evaluation helpers', () => {
  it('stratified k-fold spreads each class evenly and is seeded', () => {
    const labels = Array.from({ length: 103 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = stratifiedKFold(labels, 5, 3);
    for (let f = 0; f < 5; f++) {
      const pos = labels.filter((y, i) => y === 1 && folds[i] === f).length;
      expect(pos === 5 || pos === 6).toBe(true);
    }
    expect(stratifiedKFold(labels, 5, 3)).toEqual(folds);
    expect(stratifiedKFold(labels, 5, 4)).not.toEqual(folds);
  });

  it('time-ordered holdout takes the latest 20% without shuffling', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [i]);
    const { train, holdout } = timeOrderedHoldout({
      features: [{ name: 't', label: 'T', kind: 'numeric' }],
      rows,
      labels: rows.map((_, i) => i % 2),
    });
    expect(train.rows.map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(holdout.rows.map((r) => r[0])).toEqual([8, 9]);
    expect(holdout.labels).toEqual([0, 1]);
  });
});
