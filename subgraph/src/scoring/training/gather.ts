/** The values of `column` at `rows`, as a Uint16Array (the training loops' one column type). */
export function gather(column: ArrayLike<number>, rows: Int32Array): Uint16Array {
  const out = new Uint16Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}
