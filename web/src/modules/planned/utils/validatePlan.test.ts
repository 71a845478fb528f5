import { describe, expect, it } from 'vitest';
import { nextFullHour, toLocalInput } from './localDateTime';
import { parseLocal, validatePlan } from './validatePlan';

describe('validatePlan', () => {
  it('asks for a subject and a readable due time', () => {
    expect(validatePlan({ subject: '  ', due: '' }).errors).toEqual({
      subject: 'Say what is to be done.',
      dueAt: 'Pick a day and a time.',
    });
    expect(validatePlan({ subject: 'Call', due: '2026-13-45T99:00' }).errors).toEqual({
      dueAt: 'Pick a day and a time.',
    });
  });

  it('refuses a subject over the schema’s limit', () => {
    expect(validatePlan({ subject: 'x'.repeat(201), due: '2026-12-03T10:00' }).errors.subject).toBe(
      'Keep it to 200 characters or fewer (201 now).',
    );
  });

  it('sends the due time as the instant the browser’s clock names', () => {
    const { errors, dueAt } = validatePlan({ subject: 'Call', due: '2026-12-03T10:00' });
    expect(errors).toEqual({});
    expect(dueAt).toBe(new Date(2026, 11, 3, 10, 0).toISOString());
  });
});

describe('local date and time fields', () => {
  it('round-trips a value through the field format', () => {
    const date = new Date(2026, 0, 5, 7, 9);
    expect(toLocalInput(date)).toBe('2026-01-05T07:09');
    expect(parseLocal(toLocalInput(date))?.getTime()).toBe(date.getTime());
  });

  it('starts a new plan at the next full hour, across midnight too', () => {
    expect(toLocalInput(nextFullHour(new Date(2026, 11, 2, 15, 30)))).toBe('2026-12-02T16:00');
    expect(toLocalInput(nextFullHour(new Date(2026, 11, 31, 23, 0)))).toBe('2027-01-01T00:00');
  });
});
