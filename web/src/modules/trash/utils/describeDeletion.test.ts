import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/formatDate';
import { describeDeletion } from './describeDeletion';

describe('describeDeletion', () => {
  it('says when, by whom and until when it can be restored: 30 days, not "29 days left"', () => {
    expect(
      describeDeletion({
        deletedAt: '2026-12-01T09:30:00.000Z',
        deletedBy: { name: 'Avery Admin' },
        restorableUntil: '2026-12-31T09:30:00.000Z',
        daysLeft: 29,
      }),
    ).toBe('Deleted Dec 1, 2026 by Avery Admin · can be restored until Dec 31, 2026');
  });

  it('gives the time on the last day, and leaves out a user who is gone', () => {
    const until = '2026-12-01T12:00:00Z';
    const now = new Date('2026-12-01T08:00:00Z');
    expect(
      describeDeletion(
        { deletedAt: '2026-11-01T12:00:00Z', deletedBy: null, restorableUntil: until, daysLeft: 0 },
        now,
      ),
    ).toBe(`Deleted Nov 1, 2026 · last day: can be restored until ${formatDate(until, true, now)}`);
  });
});
