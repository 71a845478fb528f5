import { describe, expect, it } from 'vitest';
import { describeActivity } from './describeActivity';

describe('describeActivity', () => {
  it('uses the payload when it names the stages', () => {
    expect(
      describeActivity({ type: 'STAGE_CHANGED', payload: { from: 'Discovery', to: 'Proposal' } }),
    ).toBe('Moved from Discovery to Proposal');
  });
  it('falls back to a plain label', () => {
    expect(describeActivity({ type: 'STAGE_CHANGED', payload: {} })).toBe('Stage changed');
    expect(describeActivity({ type: 'CALL', payload: null })).toBe('Call logged');
  });
});
