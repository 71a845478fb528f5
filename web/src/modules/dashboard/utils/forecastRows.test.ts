import { describe, expect, it } from 'vitest';
import { forecastRows } from './forecastRows';

const usd = (amount: string) => ({ currency: 'USD', amount });

describe('forecastRows', () => {
  it('stacks won, weighted open and the rest of the open value to the best case', () => {
    const [row] = forecastRows(
      [
        {
          month: '2026-11',
          dealCount: 1,
          wonTotals: [usd('800.00')],
          totals: [usd('300.00')],
          weightedTotals: [usd('180.00')],
          expectedTotals: [usd('980.00')],
          bestCaseTotals: [usd('1100.00')],
          targetTotal: usd('4000.50'),
          overdueCount: 1,
          overdueTotals: [usd('300.00')],
        },
      ],
      'USD',
    );
    expect(row).toEqual({
      month: '2026-11',
      dealCount: 1,
      won: 800,
      weightedOpen: 180,
      restOfBestCase: 120,
      expected: 980,
      bestCase: 1100,
      target: 4000.5,
      overdueCount: 1,
      overdue: 300,
    });
    expect(row!.won + row!.weightedOpen).toBe(row!.expected);
    expect(row!.expected + row!.restOfBestCase).toBe(row!.bestCase);
  });

  it('plots only the chart’s currency: other amounts and a target in another currency stay out', () => {
    const [row] = forecastRows(
      [
        {
          month: '2026-12',
          dealCount: 2,
          wonTotals: [{ currency: 'EUR', amount: '500.00' }],
          totals: [{ currency: 'EUR', amount: '100.00' }, usd('200.00')],
          weightedTotals: [{ currency: 'EUR', amount: '50.00' }, usd('20.00')],
          expectedTotals: [{ currency: 'EUR', amount: '550.00' }, usd('20.00')],
          bestCaseTotals: [{ currency: 'EUR', amount: '600.00' }, usd('200.00')],
          targetTotal: { currency: 'EUR', amount: '1000.00' },
          overdueCount: 0,
          overdueTotals: [],
        },
      ],
      'USD',
    );
    expect(row).toMatchObject({
      won: 0,
      weightedOpen: 20,
      restOfBestCase: 180,
      expected: 20,
      bestCase: 200,
      target: null,
      overdue: 0,
    });
  });
});
