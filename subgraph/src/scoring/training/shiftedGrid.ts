/**
 * A bag's grid over a number's model bins (ADR 058): the value bins grouped into at most `groups`
 * groups of about equal row counts, the group edges moved by `shift` (0 to 1) of a group. Bags
 * with different shifts cut the same feature at different places, so their averaged table has
 * finer steps than any one bag's trees could fit. `of[b]` is the group of model bin `b`; the
 * missing bin stays group 0. With no more value bins than groups, every bin is its own group.
 */
export function shiftedGrid(
  column: Uint8Array,
  bins: number,
  groups: number,
  shift: number,
): { of: Uint8Array; bins: number } {
  const of = new Uint8Array(bins);
  if (bins - 1 <= groups) {
    for (let b = 0; b < bins; b++) of[b] = b;
    return { of, bins };
  }
  const counts = new Float64Array(bins);
  for (let i = 0; i < column.length; i++) counts[column[i]!]! += 1;
  const valueRows = column.length - counts[0]!;
  let before = 0;
  let last = -1;
  let group = 0;
  for (let b = 1; b < bins; b++) {
    // Where the bin's rows sit among the value rows (their middle), from 0 to 1.
    const at = valueRows > 0 ? (before + counts[b]! / 2) / valueRows : (b - 0.5) / (bins - 1);
    const g = Math.min(Math.floor(at * groups + shift), groups);
    if (g !== last) {
      group++;
      last = g;
    }
    of[b] = group;
    before += counts[b]!;
  }
  return { of, bins: group + 1 };
}

/** A table over a grid's groups spread back over the model's bins. */
export function expandGridTable(table: Float64Array, of: Uint8Array): Float64Array {
  const out = new Float64Array(of.length);
  for (let b = 0; b < of.length; b++) out[b] = table[of[b]!]!;
  return out;
}
