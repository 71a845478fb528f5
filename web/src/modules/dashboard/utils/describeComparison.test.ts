import { describe, expect, it } from 'vitest';
import {
  describeComparison,
  describeRecentLeftOut,
  importedShare,
  describeTrainingSignals,
} from './describeComparison';

const base = { version: 1, kind: 'PRIOR', resamples: 1000, intervalLevel: 0.9 };

describe('describeComparison', () => {
  it('gives the differences with their intervals and says a gain beyond chance is one', () => {
    const text = describeComparison({
      ...base,
      aucDifference: { estimate: 0.031, low: 0.012, high: 0.05 },
      logLossDifference: { estimate: -0.012, low: -0.02, high: -0.004 },
    });
    expect(text?.figures).toBe(
      'Against v1 (prior) on the same leads: ranking (AUC) +0.031, 90 % sure between +0.012 and +0.050; log loss −0.012 (−0.020 to −0.004), from 1,000 resamples.',
    );
    expect(text?.verdict).toMatch(/ranks leads better .* beyond chance/);
  });

  it('says a difference inside the interval is within chance, and says nothing without intervals', () => {
    const text = describeComparison({
      ...base,
      aucDifference: { estimate: 0.01, low: -0.004, high: 0.024 },
      logLossDifference: { estimate: -0.001, low: -0.01, high: 0.008 },
    });
    expect(text?.verdict).toBe('The difference is within chance on these leads.');
    expect(
      describeComparison({ ...base, aucDifference: null, logLossDifference: null }),
    ).toBeNull();
  });
});

describe('describeTrainingSignals', () => {
  it('says how many training leads saw their customer as it was at the decision', () => {
    expect(
      describeTrainingSignals({
        trainingRowsWithCustomer: 700,
        trainingRowsWithSignalsAtDecision: 12,
      }),
    ).toBe(
      "As they were when the lead was decided for 12 of 700 training leads with a customer; the other 688 used today's signals (none was recorded before the decision), which can make the figures above look better than they will be.",
    );
    expect(
      describeTrainingSignals({
        trainingRowsWithCustomer: 5,
        trainingRowsWithSignalsAtDecision: 5,
      }),
    ).toBe('As they were when each lead was decided, for all 5 training leads with a customer.');
    expect(describeTrainingSignals({})).toBeNull();
  });

  it("says plainly that every row used today's signals when none was from its decision", () => {
    expect(
      describeTrainingSignals({
        trainingRowsWithCustomer: 2571,
        trainingRowsWithSignalsAtDecision: 0,
      }),
    ).toBe(
      "Today's signals for all 2,571 training leads with a customer: none was recorded before its lead was decided, which can make the figures above look better than they will be.",
    );
  });

  it('says which recent leads were left out and why, and nothing when none was', () => {
    expect(describeRecentLeftOut({ days: 131, rows: 914, pendingConversions: 270 })).toBe(
      'Leads decided in the last 131 days are left out (914 leads with an outcome): 270 deals of theirs are still open, and counting only the outcomes known so far would make recent leads look lost.',
    );
    expect(describeRecentLeftOut({ days: 1, rows: 1, pendingConversions: 1 })).toBe(
      'Leads decided in the last 1 day are left out (1 lead with an outcome): 1 deal of theirs is still open, and counting only the outcomes known so far would make recent leads look lost.',
    );
    expect(describeRecentLeftOut({ days: 90, rows: 0, pendingConversions: 3 })).toBeNull();
    expect(describeRecentLeftOut(null)).toBeNull();
  });

  it('says when imported history of those days was kept, and how much of the rows came from a file', () => {
    expect(
      describeRecentLeftOut({ days: 131, rows: 914, pendingConversions: 270, importedKept: 926 }),
    ).toBe(
      'Leads decided in the last 131 days are left out (914 leads with an outcome): 270 deals of theirs are still open, and counting only the outcomes known so far would make recent leads look lost. Imported history of those days is kept (926 leads): its file gave every outcome.',
    );
    expect(
      describeRecentLeftOut({ days: 90, rows: 0, pendingConversions: 0, importedKept: 1 }),
    ).toMatch(/Imported history of those days is kept \(1 lead\)/);
    expect(importedShare(926)).toBe(' (926 of them from imported history)');
    expect(importedShare(0)).toBe('');
    expect(importedShare(null)).toBe('');
  });
});
