export type Member = {
  id: string;
  name: string;
  /** Deactivated users and users marked unavailable are skipped. */
  active: boolean;
  available: boolean;
  capacity: number | null;
  openLeads: number;
};

export type RuleTeam = {
  assignment: 'USER' | 'ROUND_ROBIN';
  ownerIds: readonly string[];
  nextIndex: number;
};

export type Choice = {
  owner: Member | null;
  /** Where the round-robin continues: just after the chosen owner (unchanged if none). */
  nextIndex: number;
  /** Why the owners before the chosen one were passed over ("Kim at capacity 20/20"). */
  skipped: string[];
};

function unfit(member: Member | undefined, id: string): string | null {
  if (!member) return `${id} is not a user of this tenant`;
  if (!member.active) return `${member.name} is deactivated`;
  if (!member.available) return `${member.name} is unavailable`;
  if (member.capacity !== null && member.openLeads >= member.capacity)
    return `${member.name} at capacity ${member.openLeads}/${member.capacity}`;
  return null;
}

/**
 * The owner a rule gives the next lead: its one user, or the team's next member in turn who is
 * active, available and under capacity. Turns advance past the chosen member only, so a member
 * skipped while full is not skipped again when room frees up: over many leads each member with
 * room gets within one lead of the others.
 */
export function chooseOwner(team: RuleTeam, members: ReadonlyMap<string, Member>): Choice {
  const n = team.ownerIds.length;
  const skipped: string[] = [];
  const start = n ? ((team.nextIndex % n) + n) % n : 0;
  for (let k = 0; k < n; k++) {
    const index = (start + k) % n;
    const id = team.ownerIds[index]!;
    const reason = unfit(members.get(id), id);
    if (reason) {
      skipped.push(reason);
      continue;
    }
    return { owner: members.get(id)!, nextIndex: (index + 1) % n, skipped };
  }
  return { owner: null, nextIndex: team.nextIndex, skipped };
}
