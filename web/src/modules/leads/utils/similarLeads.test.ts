import { expect, it } from 'vitest';
import { similarLeads } from './similarLeads';

it('picks the calibration bin nearest the probability, skipping empty bins', () => {
  const bins = [
    { predicted: 0.15, observed: 0.1, count: 40 },
    { predicted: 0.84, observed: 0.67, count: 6 },
    { predicted: 0.95, observed: 0, count: 0 },
  ];
  expect(similarLeads(0.852, bins)).toEqual({ predicted: 0.84, observed: 0.67, count: 6 });
  expect(similarLeads(0.97, bins)?.count).toBe(6);
  expect(similarLeads(0.5, [])).toBeNull();
  expect(similarLeads(0.5, null)).toBeNull();
});
