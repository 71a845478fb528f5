import { plural } from '../../../lib/plural';

/** "Routed 8 leads: 6 to Sam Patel, 2 to Kim Lee; 1 stayed unassigned." */
export function describeRouted(
  runs: readonly { assignedTo: { id: string; name: string } | null }[],
  asked: number,
): string {
  const to = new Map<string, { name: string; leads: number }>();
  for (const run of runs)
    if (run.assignedTo) {
      const owner = to.get(run.assignedTo.id) ?? { name: run.assignedTo.name, leads: 0 };
      owner.leads += 1;
      to.set(run.assignedTo.id, owner);
    }
  const routed = [...to.values()].reduce((sum, o) => sum + o.leads, 0);
  const owners = [...to.values()]
    .sort((a, b) => b.leads - a.leads || a.name.localeCompare(b.name))
    .map((o) => `${o.leads} to ${o.name}`)
    .join(', ');
  const rest = asked - routed;
  return [
    routed ? `Routed ${plural(routed, 'lead')}: ${owners}` : 'No lead was routed',
    rest
      ? `${rest} stayed as ${rest === 1 ? 'it was' : 'they were'} (taken or changed since the dry run)`
      : '',
  ]
    .filter(Boolean)
    .join('; ')
    .concat('.');
}
