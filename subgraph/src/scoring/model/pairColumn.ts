/** The cell index a * nB + b of a pair for every row. */
export function pairColumn(a: Uint8Array, b: Uint8Array, nB: number): Uint16Array {
  const out = new Uint16Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * nB + b[i]!;
  return out;
}
