type DryRunCounts = {
  evaluated: number;
  totals: readonly { owner: { id: string; name: string } | null; leads: number }[];
};

export type DryRunDescription = {
  title: string;
  lines: { key: string; text: string }[];
  /** Said instead of the lines when there is nothing to route. */
  empty: string | null;
};

/**
 * The dry run in true words. It runs over what routing would route, open leads without an owner
 * (the newest `limit` of them), so its counts are about those only: a lead that has an owner keeps
 * it, and is counted neither as routed nor as left unassigned.
 */
export function describeDryRun({ evaluated, totals }: DryRunCounts, limit: number) {
  if (evaluated === 0)
    return {
      title: 'Dry run: no open leads without an owner, nothing changed',
      lines: [],
      empty: 'Every open lead has an owner, so the rules would have nothing to route now.',
    } satisfies DryRunDescription;
  const count = `${evaluated} open ${evaluated === 1 ? 'lead' : 'leads'} without an owner`;
  // Who would get leads first; those that would stay unassigned last.
  const sorted = [...totals].sort((a, b) => Number(!a.owner) - Number(!b.owner));
  return {
    title: `Dry run over ${evaluated >= limit ? `the newest ${count}` : count}, nothing changed`,
    lines: sorted.map((t) => ({
      key: t.owner?.id ?? 'none',
      text: t.owner ? `${t.leads} would go to ${t.owner.name}` : `${t.leads} would stay unassigned`,
    })),
    empty: null,
  } satisfies DryRunDescription;
}
