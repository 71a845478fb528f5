import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/formatDate';
import { stageTenure } from './stageTenure';

describe('stageTenure', () => {
  it('counts an open deal’s days in its stage', () => {
    const deal = { daysInStage: 12, closedAt: null, stage: { name: 'Negotiation', kind: 'OPEN' } };
    expect(stageTenure(deal)).toBe('Negotiation for 12 days');
    expect(stageTenure({ ...deal, daysInStage: 1 })).toBe('Negotiation for 1 day');
  });

  it('dates a closed deal’s close, not its days in Won (0 for a deal that entered Won as it closed)', () => {
    const closedAt = '2026-03-24T10:00:00.000Z';
    const won = { daysInStage: 0, closedAt, stage: { name: 'Won', kind: 'WON' } };
    expect(stageTenure(won)).toBe(`Won on ${formatDate(closedAt)}`);
    expect(stageTenure(won)).not.toMatch(/for 0 days/);
    expect(stageTenure({ ...won, stage: { name: 'Lost', kind: 'LOST' } })).toBe(
      `Lost on ${formatDate(closedAt)}`,
    );
  });
});
