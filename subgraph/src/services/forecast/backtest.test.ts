import { describe, expect, it } from 'vitest';
import {
  backtest,
  forecastAtStart,
  meanAbsolutePercentageError,
  stageRateWeighting,
  unweighted,
  type HistoryDeal,
  type HistoryStage,
  type Weighting,
} from './backtest';

const at = (text: string) => new Date(`${text}T12:00:00.000Z`);
const created = new Date('2020-01-01T00:00:00.000Z');
const stages: HistoryStage[] = [
  { id: 's1', pipelineId: 'p', order: 0, kind: 'OPEN', probability: 0.25, createdAt: created },
  { id: 's2', pipelineId: 'p', order: 1, kind: 'OPEN', probability: 0.75, createdAt: created },
  { id: 'won', pipelineId: 'p', order: 2, kind: 'WON', probability: null, createdAt: created },
  { id: 'lost', pipelineId: 'p', order: 3, kind: 'LOST', probability: null, createdAt: created },
];
const deal = (
  d: Partial<HistoryDeal> & Pick<HistoryDeal, 'id' | 'value' | 'stages'>,
): HistoryDeal => ({
  pipelineId: 'p',
  currency: 'USD',
  createdAt: d.stages[0]!.at,
  expectedCloseDate: null,
  closedAt: null,
  won: false,
  ...d,
});

// January: A (s2 on the 1st, expected in January) and B (s1, overdue since December) are open at
// its start; C is created and won during it. D is in euros. E is open at February's start.
const deals: HistoryDeal[] = [
  deal({
    id: 'A',
    value: '1000.00',
    expectedCloseDate: at('2026-01-20'),
    closedAt: at('2026-01-15'),
    won: true,
    stages: [
      { at: at('2025-12-10'), stageId: 's1' },
      { at: at('2025-12-20'), stageId: 's2' },
      { at: at('2026-01-15'), stageId: 'won' },
    ],
  }),
  deal({
    id: 'B',
    value: '400.00',
    expectedCloseDate: at('2025-12-28'),
    closedAt: at('2026-01-25'),
    stages: [
      { at: at('2025-12-05'), stageId: 's1' },
      { at: at('2026-01-25'), stageId: 'lost' },
    ],
  }),
  deal({
    id: 'C',
    value: '2000.00',
    expectedCloseDate: at('2026-01-30'),
    closedAt: at('2026-01-30'),
    won: true,
    stages: [
      { at: at('2026-01-05'), stageId: 's1' },
      { at: at('2026-01-30'), stageId: 'won' },
    ],
  }),
  deal({
    id: 'D',
    value: '999.00',
    currency: 'EUR',
    expectedCloseDate: at('2026-01-10'),
    stages: [{ at: at('2025-12-01'), stageId: 's1' }],
  }),
  deal({
    id: 'E',
    value: '600.00',
    expectedCloseDate: at('2026-02-10'),
    stages: [{ at: at('2026-01-10'), stageId: 's1' }],
  }),
];
const half: Weighting = { name: 'half', description: 'every deal at 50 %', weight: () => 0.5 };
const openStage = (id: string) => id === 's1' || id === 's2';

describe('forecast backtest', () => {
  it('forecasts a month from the deals open at its start, overdue ones included, per currency', () => {
    const january = forecastAtStart(deals, '2026-01', unweighted, openStage);
    expect(january.bestCase).toEqual([
      { currency: 'EUR', amount: '999.00' },
      { currency: 'USD', amount: '1400.00' },
    ]);
    expect(january.dealCount).toBe(3);
  });

  it("reads each deal's expected close date, value and currency as they were at the month's start", () => {
    // F is expected in January today, but on January 1st it was expected in March at 300; its
    // date, value and currency were edited on the 10th. G was edited before January: today's.
    const edited = [
      ...deals,
      deal({
        id: 'F',
        value: '5000.00',
        currency: 'EUR',
        expectedCloseDate: at('2026-01-20'),
        stages: [{ at: at('2025-11-01'), stageId: 's1' }],
        changes: [
          { at: at('2026-01-10'), field: 'expectedCloseDate', from: '2026-03-17' },
          { at: at('2026-01-10'), field: 'value', from: '300' },
          { at: at('2026-01-10'), field: 'currency', from: 'USD' },
          { at: at('2026-01-12'), field: 'value', from: '4000' },
        ],
      }),
      deal({
        id: 'G',
        value: '50.00',
        expectedCloseDate: at('2026-01-05'),
        stages: [{ at: at('2025-11-01'), stageId: 's1' }],
        changes: [{ at: at('2025-12-15'), field: 'expectedCloseDate', from: '2026-06-01' }],
      }),
    ];
    const january = forecastAtStart(edited, '2026-01', unweighted, openStage);
    expect(january.bestCase).toEqual([
      { currency: 'EUR', amount: '999.00' },
      { currency: 'USD', amount: '1450.00' },
    ]);
    expect(january.dealCount).toBe(4);
    // In March F counts as it was on March 1st: today's date (January, so overdue), value, currency.
    const march = forecastAtStart(edited, '2026-03', unweighted, openStage);
    expect(march.bestCase).toContainEqual({ currency: 'EUR', amount: expect.any(String) });
    expect(
      forecastAtStart(edited, '2026-03', unweighted, openStage).dealCount -
        forecastAtStart(deals, '2026-03', unweighted, openStage).dealCount,
    ).toBe(2);
  });

  it('prints each weighting against what was won, with the mean absolute percentage error', () => {
    const weightings = [stageRateWeighting(stages, deals), unweighted, half];
    const result = backtest(deals, stages, ['2026-01', '2026-02'], weightings, { currency: 'USD' });
    // January: won 1,000 + 2,000. Stage rates (no deal closed before, so the hand priors):
    // 1,000 × 0.75 + 400 × 0.25 = 850; unweighted 1,400; half 700.
    expect(result.rows[0]).toEqual({
      month: '2026-01',
      won: '3000.00',
      forecasts: { 'stage rates': '850.00', unweighted: '1400.00', half: '700.00' },
      errors: {
        'stage rates': 2150 / 3000,
        unweighted: 1600 / 3000,
        half: 2300 / 3000,
      },
    });
    // February: E alone (600 at s1's 25 %), nothing won: no error for the month.
    expect(result.rows[1]).toEqual({
      month: '2026-02',
      won: '0.00',
      forecasts: { 'stage rates': '150.00', unweighted: '600.00', half: '300.00' },
      errors: { 'stage rates': null, unweighted: null, half: null },
    });
    expect(result.summary.unweighted).toEqual({ mape: 1600 / 3000, months: ['2026-01'] });
    expect(result.otherCurrencyDeals).toBe(1);
  });

  it('learns the stage rates only from deals closed before the forecast', () => {
    // Five won deals that passed s1 and s2 closed in March lift s1's rate for April, not for March.
    const wins = Array.from({ length: 5 }, (_, i) =>
      deal({
        id: `W${i}`,
        value: '100.00',
        closedAt: at('2026-03-10'),
        won: true,
        stages: [
          { at: at('2026-02-01'), stageId: 's1' },
          { at: at('2026-03-10'), stageId: 'won' },
        ],
      }),
    );
    const open = deal({
      id: 'O',
      value: '1000.00',
      expectedCloseDate: at('2026-04-20'),
      stages: [{ at: at('2026-01-02'), stageId: 's1' }],
    });
    const history = [...wins, open];
    const weighting = stageRateWeighting(stages, history);
    expect(weighting.weight({ deal: open, stageId: 's1' }, new Date('2026-03-01T00:00:00Z'))).toBe(
      0.25,
    );
    // (5 won + 20 × 0.25) / (5 + 20) = 0.4 for s1; s2 (0.75 + 5 wins) = (5 + 15) / 25 = 0.8.
    expect(weighting.weight({ deal: open, stageId: 's1' }, new Date('2026-04-01T00:00:00Z'))).toBe(
      0.4,
    );
  });

  it('means the last six months that have an error', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((month, i) => ({
      month,
      error: i === 7 ? null : i / 10,
    }));
    const { mape, months } = meanAbsolutePercentageError(rows);
    expect(months).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
    expect(mape).toBeCloseTo((0.1 + 0.2 + 0.3 + 0.4 + 0.5 + 0.6) / 6, 12);
    expect(meanAbsolutePercentageError([{ month: 'a', error: null }])).toEqual({
      mape: null,
      months: [],
    });
  });
});
