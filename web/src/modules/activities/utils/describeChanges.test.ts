import { describe, expect, it } from 'vitest';
import { describeChanges } from './describeChanges';

describe('describeChanges', () => {
  it('reads a deal edit field by field, old → new', () => {
    expect(
      describeChanges({
        title: { from: 'Pilot', to: 'Fleet pilot' },
        value: { from: '4000.00', to: '4200.00' },
        expectedCloseDate: { from: null, to: '2026-12-31' },
      }),
    ).toEqual([
      'Title: “Pilot” → “Fleet pilot”',
      'Value: 4,000 → 4,200',
      'Expected close: none → Dec 31, 2026',
    ]);
  });

  it('formats amounts in the new currency when the edit changed it', () => {
    expect(
      describeChanges({ currency: { from: 'USD', to: 'EUR' }, value: { from: '1', to: '2' } }),
    ).toEqual(['Currency: “USD” → “EUR”', 'Value: €1 → €2']);
  });

  it('says an owner or customer was set, removed or changed rather than showing ids', () => {
    expect(
      describeChanges({
        customerId: { from: null, to: 'cus-1' },
        ownerId: { from: 'user-1', to: 'user-2' },
      }),
    ).toEqual(['Customer: set', 'Owner: changed']);
    expect(describeChanges({ customerId: { from: 'cus-1', to: null } })).toEqual([
      'Customer: removed',
    ]);
  });

  it('names owners when their names are known', () => {
    const names: Record<string, string> = { 'user-1': 'Sam Patel', 'user-2': 'Jordan Diaz' };
    const userName = (id: string) => names[id];
    expect(describeChanges({ ownerId: { from: 'user-1', to: 'user-2' } }, userName)).toEqual([
      'Owner: Sam Patel → Jordan Diaz',
    ]);
    expect(describeChanges({ ownerId: { from: null, to: 'user-1' } }, userName)).toEqual([
      'Owner: nobody → Sam Patel',
    ]);
    expect(describeChanges({ ownerId: { from: 'user-9', to: 'user-1' } }, userName)).toEqual([
      'Owner: changed',
    ]);
  });

  it('names a lead’s metadata keys in words, and ignores what is not a change', () => {
    expect(
      describeChanges({
        'metadata.company': { from: 'Acme', to: 'Summit Motors' },
        'metadata.employeeCount': { from: 10, to: 12 },
        stage: 'Won',
        dealId: 'd-1',
      }),
    ).toEqual(['Company: “Acme” → “Summit Motors”', 'Employee count: 10 → 12']);
    expect(describeChanges(null)).toEqual([]);
    expect(describeChanges('x')).toEqual([]);
  });
});
