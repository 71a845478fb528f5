import { describe, expect, it } from 'vitest';
import { dealFactorValue } from './dealFactorValue';

describe('dealFactorValue', () => {
  it('shows rates as percentages and ratios as multiples, rounded to what the eye tells apart', () => {
    expect(dealFactorValue('ownerWinRate', '0.6264–0.6277')).toBe('63%');
    expect(dealFactorValue('ownerWinRate', '0.41–0.58')).toBe('41–58%');
    expect(dealFactorValue('seatUsage', '< 0.5')).toBe('under 50%');
    expect(dealFactorValue('daysInStageVsMedian', '1.194–1.249')).toBe('1.2×');
    expect(dealFactorValue('valueVsTypical', '≥ 2.75')).toBe('2.8× or more');
    expect(dealFactorValue('valueVsTypical', '0.5–1.5')).toBe('0.5–1.5×');
    expect(dealFactorValue('daysSinceActivity', '23.62–26.72')).toBe('24–27 days');
    expect(dealFactorValue('ageDays', '≥ 120.4')).toBe('120 days or more');
  });

  it('leaves other features, missing values and pairs as they come', () => {
    expect(dealFactorValue('activityCount', '2–3')).toBe('2–3');
    expect(dealFactorValue('ownerWinRate', 'missing')).toBe('missing');
    expect(dealFactorValue('ownerWinRate × stage', '0.6, Proposal')).toBe('0.6, Proposal');
  });
});
