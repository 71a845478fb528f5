import { describe, expect, it } from 'vitest';
import { binValue } from '../model/binValue';
import { fitBinnedColumn, fitBinning } from './fitBinning';

describe('fitBinning', () => {
  it('gives missing numbers their own bin, never the bin of 0', () => {
    const values = [0, 0, 1, 2, 3, null, '', NaN, 5, 8];
    const { binning, display } = fitBinning({ name: 'x', label: 'X', kind: 'numeric' }, values);
    expect(binValue(binning, null)).toBe(0);
    expect(binValue(binning, '')).toBe(0);
    expect(binValue(binning, NaN)).toBe(0);
    expect(binValue(binning, 0)).toBe(1);
    expect(binValue(binning, 8)).toBe(display.length - 1);
    expect(display[0]).toBe('missing');
    expect(display[binValue(binning, 3)]).toBe('3');
  });

  it('uses at most maxBins quantile bins for many distinct values', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => i);
    const { binning } = fitBinning({ name: 'x', label: 'X', kind: 'numeric' }, values, {
      maxBins: 32,
    });
    expect(binning.kind === 'numeric' && binning.edges.length).toBe(31);
    expect(binValue(binning, -5)).toBe(1);
    expect(binValue(binning, 1e9)).toBe(32);
  });

  it('keeps frequent categories and sends rare or unseen ones to "other"', () => {
    const values = [...Array(10).fill('a'), ...Array(6).fill('b'), 'rare', null];
    const { binning, display } = fitBinning({ name: 'c', label: 'C', kind: 'categorical' }, values);
    expect(display).toEqual(['missing', 'other', 'a', 'b']);
    expect(binValue(binning, 'a')).toBe(2);
    expect(binValue(binning, 'rare')).toBe(1);
    expect(binValue(binning, 'never seen')).toBe(1);
    expect(binValue(binning, null)).toBe(0);
  });

  it('bins the training column exactly as scoring bins each value', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      i % 7 === 0 ? null : ((i * 7919) % 1000) / 10,
      i % 11 === 0 ? '' : ['a', 'b', 'c', ' a '][i % 4]!,
      i % 5 === 0 ? 'n/a text' : String(i % 90),
    ]);
    const kinds = ['numeric', 'categorical', 'numeric'] as const;
    kinds.forEach((kind, j) => {
      const spec = { name: `f${j}`, label: `F${j}`, kind };
      const fitted = fitBinnedColumn(spec, rows, j, { maxBins: 16 });
      const values = rows.map((r) => r[j]);
      expect(fitted.binning).toEqual(fitBinning(spec, values, { maxBins: 16 }).binning);
      expect(Array.from(fitted.column)).toEqual(values.map((v) => binValue(fitted.binning, v)));
    });
  });
});
