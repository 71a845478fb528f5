import { describe, expect, it } from 'vitest';
import { cardTitle } from './cardTitle';

describe('cardTitle', () => {
  it('drops the customer name the card shows anyway', () => {
    expect(cardTitle('Nova Motors 78 — Annual contract', 'Nova Motors 78')).toBe('Annual contract');
    expect(cardTitle('Acme: Pilot', 'Acme')).toBe('Pilot');
  });

  it('keeps titles that only look alike or would become empty', () => {
    expect(cardTitle('Nova Motors 780 — Pilot', 'Nova Motors 78')).toBe('Nova Motors 780 — Pilot');
    expect(cardTitle('Acme', 'Acme')).toBe('Acme');
    expect(cardTitle('Pilot', null)).toBe('Pilot');
  });
});
