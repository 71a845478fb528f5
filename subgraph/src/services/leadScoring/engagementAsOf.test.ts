import { describe, expect, it } from 'vitest';
import { engagementAsOf } from './engagementAsOf';

const at = new Date('2026-06-01T00:00:00Z');
const lead = {
  id: 'lead-1',
  source: 'web',
  metadata: {},
  customerId: null,
  emailsCount: 5,
  callsCount: 3,
  meetingsCount: 1,
  visitsCount: 4,
  lastEngagedAt: new Date('2026-07-01T00:00:00Z'),
  createdAt: new Date('2026-05-01T00:00:00Z'),
};

describe('engagementAsOf', () => {
  it('leaves out what was logged after the moment, and takes the last engagement up to it', () => {
    const lastBefore = new Date('2026-05-20T00:00:00Z');
    expect(engagementAsOf(lead, { emails: 2, calls: 3, meetings: 0, lastBefore }, at)).toEqual({
      ...lead,
      emailsCount: 3,
      callsCount: 0,
      meetingsCount: 1,
      lastEngagedAt: lastBefore,
    });
  });

  it('says the last engagement is not known when it is later and nothing earlier was logged', () => {
    expect(engagementAsOf(lead, undefined, at).lastEngagedAt).toBeNull();
    expect(engagementAsOf(lead, undefined, at).callsCount).toBe(3);
  });

  it('takes a lead as it is when nothing happened after the moment (a live score)', () => {
    const now = new Date('2026-08-01T00:00:00Z');
    expect(engagementAsOf(lead, undefined, now)).toBe(lead);
    expect(
      engagementAsOf(
        lead,
        { emails: 0, calls: 0, meetings: 0, lastBefore: lead.lastEngagedAt },
        now,
      ),
    ).toEqual(lead);
  });
});
