import { describe, expect, it } from 'vitest';
import { formatDue, formatNextStep } from './formatNextStep';

// Wednesday 2026-12-02, 15:30 UTC.
const now = new Date('2026-12-02T15:30:00Z');
const call = (dueAt: string, isOverdue = false, overdueDays = 0) => ({
  type: 'CALL' as const,
  subject: 'Renewal terms',
  dueAt,
  isOverdue,
  overdueDays,
});

describe('formatNextStep', () => {
  it('says so when nothing is planned', () => {
    expect(formatNextStep(null, { now, timeZone: 'UTC' })).toEqual({
      text: 'no activity planned',
      detail: 'No activity planned',
      tone: 'none',
    });
  });

  it('names the day in the viewer’s time zone: today, tomorrow, a weekday, then a date', () => {
    const utc = { now, timeZone: 'UTC' };
    expect(formatNextStep(call('2026-12-02T17:00:00Z'), utc).text).toBe('Call today 17:00');
    expect(formatNextStep(call('2026-12-03T10:00:00Z'), utc).text).toBe('Call tomorrow 10:00');
    expect(formatNextStep(call('2026-12-04T10:00:00Z'), utc).text).toBe('Call Fri 10:00');
    expect(formatNextStep(call('2026-12-08T09:05:00Z'), utc).text).toBe('Call Tue 09:05');
    expect(formatNextStep(call('2026-12-09T10:00:00Z'), utc).text).toBe('Call Dec 9 10:00');
  });

  it('moves the day and the hour with the time zone', () => {
    // 23:30 UTC on Wednesday is Thursday 08:30 in Tokyo and Wednesday 18:30 in New York.
    const dueAt = '2026-12-02T23:30:00Z';
    const morning = new Date('2026-12-02T10:00:00Z');
    expect(formatNextStep(call(dueAt), { now: morning, timeZone: 'Asia/Tokyo' }).text).toBe(
      'Call tomorrow 08:30',
    );
    expect(formatNextStep(call(dueAt), { now: morning, timeZone: 'America/New_York' }).text).toBe(
      'Call today 18:30',
    );
    // At 15:30 UTC it is already Thursday 00:30 in Tokyo: the same call is today there.
    expect(formatNextStep(call(dueAt), { now, timeZone: 'Asia/Tokyo' }).text).toBe(
      'Call today 08:30',
    );
  });

  it('gives an overdue one by the server’s whole days past due', () => {
    const step = formatNextStep(
      { ...call('2026-11-30T10:00:00Z', true, 2), type: 'MEETING' },
      { now, timeZone: 'UTC' },
    );
    expect(step).toEqual({
      text: 'Meeting overdue 2 d',
      detail: 'Meeting “Renewal terms”, due Mon, Nov 30, 10:00: overdue by 2 whole days',
      tone: 'overdue',
    });
    expect(
      formatNextStep(call('2026-12-01T10:00:00Z', true, 1), { now, timeZone: 'UTC' }).detail,
    ).toMatch(/overdue by 1 whole day$/);
  });

  it('gives the due time of one overdue by less than a day', () => {
    const step = formatNextStep(call('2026-12-02T09:00:00Z', true, 0), {
      now,
      timeZone: 'Europe/Berlin',
    });
    expect(step.text).toBe('Call overdue since 10:00');
    expect(step.detail).toBe(
      'Call “Renewal terms”, due Wed, Dec 2, 10:00: overdue by less than a day',
    );
  });

  it('marks what is due today apart from what is due later', () => {
    expect(formatNextStep(call('2026-12-02T23:00:00Z'), { now, timeZone: 'UTC' }).tone).toBe(
      'today',
    );
    expect(formatNextStep(call('2026-12-03T00:00:00Z'), { now, timeZone: 'UTC' }).tone).toBe(
      'planned',
    );
  });
});

describe('formatDue', () => {
  it('writes midnight as 00:00', () => {
    expect(formatDue('2026-12-03T00:00:00Z', { now, timeZone: 'UTC' })).toBe('Thu, Dec 3, 00:00');
  });

  it('gives the year of a due time in another year than the viewer’s', () => {
    expect(formatDue('2020-01-01T10:00:00Z', { now, timeZone: 'UTC' })).toBe(
      'Wed, Jan 1, 2020, 10:00',
    );
    // 23:30 UTC on New Year’s Eve is already the next year in Tokyo.
    expect(formatDue('2026-12-31T23:30:00Z', { now, timeZone: 'Asia/Tokyo' })).toBe(
      'Fri, Jan 1, 2027, 08:30',
    );
  });
});

describe('a step in another year', () => {
  it('says the year of one long overdue, and of one planned for next year', () => {
    expect(
      formatNextStep(call('2020-01-01T10:00:00Z', true, 2527), { now, timeZone: 'UTC' }).detail,
    ).toBe('Call “Renewal terms”, due Wed, Jan 1, 2020, 10:00: overdue by 2,527 whole days');
    expect(formatNextStep(call('2027-01-12T10:00:00Z'), { now, timeZone: 'UTC' }).text).toBe(
      'Call Jan 12, 2027 10:00',
    );
  });
});
