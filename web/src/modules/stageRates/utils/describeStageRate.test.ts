import { describe, expect, it } from 'vitest';
import { describeStageRate, windowWords } from './describeStageRate';

const open = { kind: 'OPEN', learnedSampleSize: 0 };

describe('describeStageRate', () => {
  it('names the rate used, the deals and learned rate behind it, and the hand setting', () => {
    expect(
      describeStageRate(
        {
          ...open,
          probability: 0.25,
          priorProbability: 0.25,
          learnedConversionRate: 0.4,
          learnedSampleSize: 12,
          effectiveProbability: 0.34,
        },
        12,
      ),
    ).toBe(
      'Used: 34% — your 12 closed deals in the last 12 months (learned 40%) blended with your setting 25%.',
    );
  });

  it('says when the prior is a default and when there are too few deals to learn from', () => {
    expect(
      describeStageRate(
        { ...open, priorProbability: 0.5, learnedSampleSize: 3, effectiveProbability: 0.5 },
        6,
      ),
    ).toBe(
      'Used: 50% — a default of 50% (no setting: taken from the stages around it); only 3 closed deals passed this stage in the last 6 months, too few to learn from.',
    );
    expect(
      describeStageRate(
        { ...open, probability: 0.1, priorProbability: 0.1, effectiveProbability: 0.1 },
        1,
      ),
    ).toBe('Used: 10% — your setting 10%; no closed deal passed this stage in the last month.');
  });

  it('says when the rate was evened out with the stages around it', () => {
    const raised = describeStageRate(
      {
        ...open,
        probability: 0.2,
        priorProbability: 0.2,
        learnedConversionRate: 0.1,
        learnedSampleSize: 30,
        effectiveProbability: 0.3,
      },
      12,
    );
    expect(raised).toMatch(/; raised so that no stage counts less than the one before it\.$/);
    const lowered = describeStageRate(
      { ...open, probability: 0.8, priorProbability: 0.8, effectiveProbability: 0.5 },
      12,
    );
    expect(lowered).toMatch(/; lowered so that no stage counts more than the ones after it\.$/);
    // A rounding difference is not a change.
    expect(
      describeStageRate(
        { ...open, probability: 0.3, priorProbability: 0.3, effectiveProbability: 0.3001 },
        12,
      ),
    ).not.toMatch(/raised|lowered/);
  });

  it('says nothing for Won and Lost stages', () => {
    expect(describeStageRate({ kind: 'WON', learnedSampleSize: 40 }, 12)).toBeNull();
    expect(describeStageRate({ kind: 'LOST', learnedSampleSize: 40 }, 12)).toBeNull();
  });

  it('words the window', () => {
    expect(windowWords(1)).toBe('in the last month');
    expect(windowWords(24)).toBe('in the last 24 months');
  });
});
