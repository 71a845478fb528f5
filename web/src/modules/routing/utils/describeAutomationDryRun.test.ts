import { describe, expect, it } from 'vitest';
import { describeAutomationDryRun } from './describeAutomationDryRun';

describe('describeAutomationDryRun', () => {
  it('says the counts are of a sample when the dry run reached its limit', () => {
    expect(describeAutomationDryRun({ evaluated: 20, matched: 20 }, 20, false)).toBe(
      'Of the first 20 open leads evaluated (newest first), 20 match; nothing changed',
    );
    expect(describeAutomationDryRun({ evaluated: 20, matched: 1 }, 20, true)).toBe(
      'Of the first 20 open deals evaluated (longest in their stage first), 1 matches; nothing changed',
    );
  });
  it('says they are all of them below the limit', () => {
    expect(describeAutomationDryRun({ evaluated: 7, matched: 3 }, 20, false)).toBe(
      'Of the 7 open leads the trigger applies to now, 3 match; nothing changed',
    );
    expect(describeAutomationDryRun({ evaluated: 0, matched: 0 }, 20, true)).toBe(
      'Dry run: no open deals the trigger applies to now; nothing changed',
    );
  });
});
