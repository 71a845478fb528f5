import { describe, expect, it } from 'vitest';
import { routingOutcome, routingRunOwner, routingRunSource } from './describeRoutingRun';

describe('describeRoutingRun', () => {
  it('names the rule, the fallback, or no match', () => {
    expect(
      routingRunSource({ outcome: 'ASSIGNED', rule: { name: 'EU' }, assignedTo: { name: 'Ann' } }),
    ).toBe('Rule “EU”');
    expect(routingRunSource({ outcome: 'ASSIGNED', rule: null, assignedTo: { name: 'Bo' } })).toBe(
      'Fallback owner',
    );
    expect(routingRunSource({ outcome: 'NO_MATCH', rule: null, assignedTo: null })).toBe(
      'No rule matched',
    );
    expect(routingRunSource({ outcome: 'FAILED', rule: null, error: 'boom' })).toBe(
      'No rule applied',
    );
  });

  it('says who got the lead or why nobody did', () => {
    expect(routingRunOwner({ outcome: 'ASSIGNED', assignedTo: { name: 'Ann' } })).toBe('Ann');
    expect(routingRunOwner({ outcome: 'NO_MATCH', assignedTo: null })).toBe('Left unassigned');
    expect(routingRunOwner({ outcome: 'UNCHANGED' })).toBe('Owner unchanged');
    expect(routingRunOwner({ outcome: 'FAILED' })).toBe('Nobody (failed)');
  });

  it('labels outcomes with a badge class', () => {
    expect(routingOutcome('NO_MATCH')).toEqual({ label: 'no match', badge: '' });
    expect(routingOutcome('FAILED').badge).toBe('badge--danger');
  });
});
