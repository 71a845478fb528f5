import { binner } from './binValue';
import type { Binning, BinnedColumns, RawValue } from './types';

/** Pre-bins row-major raw values into one compact column per feature. */
export function binColumns(
  binnings: readonly Binning[],
  rows: readonly RawValue[][],
): BinnedColumns {
  const rowCount = rows.length;
  const columns = binnings.map((binning, j) => {
    const column = new Uint8Array(rowCount);
    const bin = binner(binning);
    for (let i = 0; i < rowCount; i++) column[i] = bin(rows[i]![j]);
    return column;
  });
  return { rowCount, columns };
}
