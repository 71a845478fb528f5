import { describe, expect, it } from 'vitest';
import { closedLeadScore } from './closedLeadScore';

describe('closedLeadScore', () => {
  it('says a converted or disqualified lead is no longer scored, with its last score', () => {
    expect(closedLeadScore('CONVERTED', 71)).toBe(
      'Converted: leads are scored only while open; its last score was 71',
    );
    expect(closedLeadScore('DISQUALIFIED', null)).toBe(
      'Disqualified: leads are scored only while open',
    );
  });
  it('is null for an open lead, whose score is live', () => {
    expect(closedLeadScore('QUALIFIED', 71)).toBeNull();
    expect(closedLeadScore('NEW', null)).toBeNull();
  });
});
