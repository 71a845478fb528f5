import { describe, expect, it } from 'vitest';
import { trackRecordSummary } from './trackRecordSummary';

describe('trackRecordSummary', () => {
  it('says the error with its months and currency', () => {
    expect(
      trackRecordSummary({
        currency: 'USD',
        meanAbsolutePercentageError: 0.0986,
        errorMonths: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'],
        months: Array(6),
      }),
    ).toMatch(
      /^9\.9% mean absolute percentage error: .* over May 2026 – Oct 2026 \(6 months with deals won, USD\)\.$/,
    );
  });

  it('says the mean is of fewer months than the chart shows', () => {
    expect(
      trackRecordSummary({
        currency: 'USD',
        meanAbsolutePercentageError: 0.107,
        errorMonths: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
        months: Array(12),
      }),
    ).toMatch(
      /over Jun 2026 – Nov 2026 \(the latest 6 months with deals won of the 12 shown, USD\)\.$/,
    );
  });

  it('says why there is no error', () => {
    expect(
      trackRecordSummary({
        currency: 'EUR',
        meanAbsolutePercentageError: null,
        errorMonths: [],
        months: [],
      }),
    ).toMatch(/^No error yet/);
  });
});
