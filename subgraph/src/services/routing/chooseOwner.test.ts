import { describe, expect, it } from 'vitest';
import { chooseOwner, type Member } from './chooseOwner';

const member = (id: string, capacity: number | null, available = true): Member => ({
  id,
  name: id,
  active: true,
  available,
  capacity,
  openLeads: 0,
});

describe('chooseOwner', () => {
  it('spreads 1,000 leads within 1 of even among members with room; a capped member gets its cap', () => {
    const members = new Map(
      [
        member('a', null),
        member('b', null),
        member('c', null),
        member('d', 40),
        member('e', null, false),
      ].map((m) => [m.id, m]),
    );
    const team = {
      assignment: 'ROUND_ROBIN' as const,
      ownerIds: ['a', 'b', 'c', 'd', 'e'],
      nextIndex: 0,
    };
    for (let i = 0; i < 1000; i++) {
      const choice = chooseOwner(team, members);
      choice.owner!.openLeads++;
      team.nextIndex = choice.nextIndex;
    }
    const got = [...members.values()].map((m) => m.openLeads);
    expect(got).toEqual([320, 320, 320, 40, 0]);
  });

  it('a member skipped while full gets the next turn once room frees up', () => {
    const members = new Map([member('a', 1), member('b', null)].map((m) => [m.id, m]));
    members.get('a')!.openLeads = 1;
    const team = { assignment: 'ROUND_ROBIN' as const, ownerIds: ['a', 'b'], nextIndex: 0 };
    const first = chooseOwner(team, members);
    expect(first).toMatchObject({
      owner: { id: 'b' },
      nextIndex: 0,
      skipped: ['a at capacity 1/1'],
    });
    members.get('a')!.openLeads = 0;
    expect(chooseOwner({ ...team, nextIndex: first.nextIndex }, members).owner?.id).toBe('a');
  });

  it('finds nobody when every member is away or full, and keeps the turn', () => {
    const members = new Map([member('a', 0), member('b', null, false)].map((m) => [m.id, m]));
    expect(
      chooseOwner({ assignment: 'ROUND_ROBIN', ownerIds: ['a', 'b', 'zz'], nextIndex: 1 }, members),
    ).toEqual({
      owner: null,
      nextIndex: 1,
      skipped: ['b is unavailable', 'zz is not a user of this tenant', 'a at capacity 0/0'],
    });
  });
});
