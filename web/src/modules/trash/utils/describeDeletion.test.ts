import { describe, expect, it } from 'vitest';
import { describeDeletion } from './describeDeletion';

describe('describeDeletion', () => {
  it('says when, by whom and how many days are left', () => {
    expect(
      describeDeletion({
        deletedAt: '2026-11-20T12:00:00.000Z',
        deletedBy: { name: 'Avery Admin' },
        daysLeft: 21,
      }),
    ).toBe('Deleted Nov 20, 2026 by Avery Admin · 21 days left');
  });

  it('says one day, the last day, and leaves out a user who is gone', () => {
    expect(
      describeDeletion({ deletedAt: '2026-11-01T12:00:00Z', deletedBy: null, daysLeft: 1 }),
    ).toBe('Deleted Nov 1, 2026 · 1 day left');
    expect(
      describeDeletion({ deletedAt: '2026-11-01T12:00:00Z', deletedBy: null, daysLeft: 0 }),
    ).toBe('Deleted Nov 1, 2026 · last day to restore');
  });
});
