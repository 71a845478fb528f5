import { describe, expect, it } from 'vitest';
import { rankAmong } from './rankAmong';

const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('rankAmong', () => {
  it('says how high a value stands when few have as much', () => {
    expect(rankAmong(100, hundred, 'customers')).toBe('among the top 1 % of 100 customers');
    expect(rankAmong(91, hundred, 'customers')).toBe('among the top 10 % of 100 customers');
    expect(rankAmong(74, hundred, 'customers')).toBe('among the top 30 % of 100 customers');
  });

  it('says how low a value stands when few have as little', () => {
    expect(rankAmong(1, hundred, 'customers')).toBe('among the bottom 1 % of 100 customers');
    expect(rankAmong(20, hundred, 'customers')).toBe('among the bottom 20 % of 100 customers');
  });

  it('counts ties as having as much: a shared top value is not a rare one', () => {
    const tied = [100, 100, 100, 100, 100, 100, 50, 40, 30, 20];
    expect(rankAmong(100, tied, 'customers')).toBe('as high as any of 10 customers');
    const low = tied.map((v) => 120 - v);
    expect(rankAmong(20, low, 'customers')).toBe('as low as any of 10 customers');
    const same = hundred.map(() => 50);
    expect(rankAmong(50, same, 'customers')).toBe('the same for all 100 customers');
    expect(rankAmong(50, hundred, 'customers')).toBe('about the middle of 100 customers');
  });

  it('says nothing with too few to compare with', () => {
    expect(rankAmong(3, [1, 2, 3, 4], 'customers')).toBeNull();
  });
});
