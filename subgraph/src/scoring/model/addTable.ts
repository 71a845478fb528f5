/** out[i]! += table[column[i]] for every row. */
export function addTable(
  out: Float64Array,
  column: ArrayLike<number>,
  table: ArrayLike<number>,
): void {
  for (let i = 0; i < out.length; i++) out[i]! += table[column[i]!]!;
}
