import { describe, expect, it } from 'vitest';
import { describeSimilarLeads } from './describeSimilarLeads';

describe('describeSimilarLeads', () => {
  it('gives the rate of the leads scored alike when there are enough of them', () => {
    expect(describeSimilarLeads(0.72, [{ predicted: 0.7, observed: 0.64, count: 120 }])).toBe(
      "Leads scored like this converted 64% of the time (120 leads in the model's test set).",
    );
  });

  it('does not state a rate from a handful of leads as fact', () => {
    const text = describeSimilarLeads(0.72, [{ predicted: 0.75, observed: 0, count: 1 }]);
    expect(text).toBe(
      "Too few leads scored like this in the model's test set to compare (1 lead; it takes 20).",
    );
    expect(text).not.toMatch(/0%/);
    expect(describeSimilarLeads(0.72, [{ predicted: 0.75, observed: 0.5, count: 19 }])).toMatch(
      /^Too few .*\(19 leads; it takes 20\)\.$/,
    );
  });

  it('says so when the model has no test results', () => {
    expect(describeSimilarLeads(0.72, null)).toBe(
      'Not yet checked against real outcomes: the model has no test results.',
    );
  });
});
