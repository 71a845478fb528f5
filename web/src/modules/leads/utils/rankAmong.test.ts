import { describe, expect, it } from 'vitest';
import { rankAmong, rankAmongCounts } from './rankAmong';

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

describe('rankAmongCounts', () => {
  // 500 leads: 300 held no meeting, 120 one, 50 two, 25 three, 5 four.
  const meetings = [
    { value: 0, count: 300 },
    { value: 1, count: 120 },
    { value: 2, count: 50 },
    { value: 3, count: 25 },
    { value: 4, count: 5 },
  ];

  it('reads the same place from a distribution as from the values it counts', () => {
    const values = meetings.flatMap((row) => Array<number>(row.count).fill(row.value));
    for (const value of [0, 1, 2, 3, 4, 5])
      expect(rankAmongCounts(value, meetings, 'leads')).toBe(rankAmong(value, values, 'leads'));
  });

  it('says where a count stands among the leads, ties counted as having as much', () => {
    // 80 of 500 (16 %) held 2 or more.
    expect(rankAmongCounts(2, meetings, 'leads')).toBe('among the top 20 % of 500 leads');
    expect(rankAmongCounts(4, meetings, 'leads')).toBe('among the top 1 % of 500 leads');
    // 200 of 500 (40 %) held one or more.
    expect(rankAmongCounts(1, meetings, 'leads')).toBe('among the top 40 % of 500 leads');
    expect(rankAmongCounts(0, meetings, 'leads')).toBe('as low as any of 500 leads');
    expect(rankAmongCounts(1, [{ value: 1, count: 4 }], 'leads')).toBeNull();
  });
});
