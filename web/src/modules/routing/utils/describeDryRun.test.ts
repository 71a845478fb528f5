import { describe, expect, it } from 'vitest';
import { describeDryRun } from './describeDryRun';

const riley = { id: 'u1', name: 'Riley Chen' };

describe('describeDryRun', () => {
  it('counts only leads without an owner: who would get them, and who would stay unassigned', () => {
    // Found by a new user: "Left unassigned: 198 leads" though most of those leads had owners.
    const said = describeDryRun(
      {
        evaluated: 3,
        totals: [
          { owner: null, leads: 1 },
          { owner: riley, leads: 2 },
        ],
      },
      200,
    );
    expect(said.title).toBe('Dry run over 3 open leads without an owner, nothing changed');
    expect(said.lines.map((l) => l.text)).toEqual([
      '2 would go to Riley Chen',
      '1 would stay unassigned',
    ]);
    expect(said.empty).toBeNull();
  });

  it('says when it looked at the newest leads only', () => {
    const said = describeDryRun({ evaluated: 200, totals: [{ owner: riley, leads: 200 }] }, 200);
    expect(said.title).toBe(
      'Dry run over the newest 200 open leads without an owner, nothing changed',
    );
  });

  it('says so when every open lead has an owner', () => {
    const said = describeDryRun({ evaluated: 0, totals: [] }, 200);
    expect(said.title).toBe('Dry run: no open leads without an owner, nothing changed');
    expect(said.lines).toEqual([]);
    expect(said.empty).toMatch(/nothing to route/);
  });
});
