import { describe, expect, it } from 'vitest';
import { autoSettings } from './autoSettings';

describe('autoSettings', () => {
  it('bins pair tables as finely as main effects from 1,500 rows, more coarsely below (ADR 060)', () => {
    expect(autoSettings(6_000)).toMatchObject({ maxBins: 64, maxPairBins: 64 });
    expect(autoSettings(4_999)).toMatchObject({ maxBins: 32, maxPairBins: 32 });
    expect(autoSettings(1_500)).toMatchObject({ maxBins: 32, maxPairBins: 32 });
    expect(autoSettings(1_499)).toMatchObject({ maxBins: 16, maxPairBins: 8 });
  });

  it('averages 16 bags up to 25,000 rows, fewer above (ADR 054)', () => {
    expect(autoSettings(1_000).bags).toBe(16);
    expect(autoSettings(8_000).bags).toBe(16);
    expect(autoSettings(24_999).bags).toBe(16);
    expect(autoSettings(25_000).bags).toBe(2);
    expect(autoSettings(60_000).bags).toBe(1);
  });

  it("shifts the bags' bin grids below 5,000 rows, where bins are coarse (ADR 058)", () => {
    expect(autoSettings(1_000).gridShifts).toBe(4);
    expect(autoSettings(4_999).gridShifts).toBe(4);
    expect(autoSettings(5_000).gridShifts).toBe(1);
  });

  it('holds out 20 % of a bag below 5,000 rows and 15 % from 5,000 (ADR 059)', () => {
    expect(autoSettings(1_000).validationFraction).toBe(0.2);
    expect(autoSettings(4_999).validationFraction).toBe(0.2);
    expect(autoSettings(5_000).validationFraction).toBe(0.15);
    expect(autoSettings(100_000).validationFraction).toBe(0.15);
  });

  it('penalises leaves three times harder below 1,500 rows (ADR 060)', () => {
    expect(autoSettings(1_000).lambda).toBe(30);
    expect(autoSettings(1_499).lambda).toBe(30);
    expect(autoSettings(1_500).lambda).toBe(10);
    expect(autoSettings(100_000).lambda).toBe(10);
  });

  it('never bins a pair table more finely than its features', () => {
    for (const rows of [100, 1_500, 5_000, 25_000, 60_000, 1_000_000]) {
      const { maxBins, maxPairBins } = autoSettings(rows);
      expect(maxPairBins).toBeLessThanOrEqual(maxBins);
    }
  });
});
