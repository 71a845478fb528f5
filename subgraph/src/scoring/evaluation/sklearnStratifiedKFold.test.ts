import { describe, expect, it } from 'vitest';
import { mersenneTwister } from './mersenneTwister';
import { sklearnStratifiedKFold } from './sklearnStratifiedKFold';

describe('sklearnStratifiedKFold', () => {
  it('draws what numpy RandomState(5489) draws', () => {
    // the MT19937 reference output for the default seed 5489
    const rng = mersenneTwister(5489);
    expect([rng.uint32(), rng.uint32(), rng.uint32()]).toEqual([3499211612, 581869302, 3890346734]);
  });

  it('gives the folds of StratifiedKFold(k, shuffle=True, random_state) in scikit-learn 1.2', () => {
    const labels = Array.from({ length: 40 }, (_, i) => ((i * 7) % 3 === 0 && i > 0 ? 1 : 0));
    // printed by /usr/bin/python3 with scikit-learn 1.2.1, numpy 1.24.2
    expect(sklearnStratifiedKFold(labels, 5, 0).join('')).toBe(
      '0424303140233323011444112032114400031222',
    );
    expect(sklearnStratifiedKFold(labels, 3, 42).join('')).toBe(
      '0110201110112202001011200220220201112202',
    );
  });
});
