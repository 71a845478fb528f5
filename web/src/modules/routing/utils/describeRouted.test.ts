import { describe, expect, it } from 'vitest';
import { describeRouted } from './describeRouted';

const sam = { id: 'u1', name: 'Sam Patel' };
const kim = { id: 'u2', name: 'Kim Lee' };

describe('describeRouted', () => {
  it('says how many leads went to whom, and how many did not move', () => {
    const runs = [sam, sam, kim, null].map((assignedTo) => ({ assignedTo }));
    expect(describeRouted(runs, 5)).toBe(
      'Routed 3 leads: 2 to Sam Patel, 1 to Kim Lee; 2 stayed as they were (taken or changed since the dry run).',
    );
    expect(describeRouted([{ assignedTo: sam }], 1)).toBe('Routed 1 lead: 1 to Sam Patel.');
    expect(describeRouted([], 1)).toBe(
      'No lead was routed; 1 stayed as it was (taken or changed since the dry run).',
    );
  });
});
