import { existsSync, readFileSync } from 'node:fs';
import { CliError } from './CliError';
import type { CsvTable } from '../csv/parseCsv';

/**
 * The fold of every data row for `eval`, from a column of the CSV (`--fold-column`) or from a
 * file with one fold label per data row (`--folds-file`, e.g. written by a Python peer from
 * scikit-learn's splitter); null when neither is given. Fold labels are any integers; they are
 * numbered 0..k-1 in increasing order.
 */
export function foldAssignment(
  table: CsvTable,
  flags: Record<string, string | undefined>,
): Uint8Array | null {
  const column = flags['fold-column'];
  const file = flags['folds-file'];
  if (column !== undefined && file !== undefined)
    throw new CliError('give either --fold-column or --folds-file, not both');
  let labels: string[];
  let source: string;
  if (column !== undefined) {
    const j = table.header.indexOf(column);
    if (j < 0)
      throw new CliError(`fold column "${column}" not found; columns: ${table.header.join(', ')}`);
    labels = table.records.map((r) => r[j]!.trim());
    source = `fold column "${column}"`;
  } else if (file !== undefined) {
    if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
    labels = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    source = file;
    if (labels.length !== table.records.length)
      throw new CliError(
        `${file} has ${labels.length} fold labels, the CSV has ${table.records.length} data rows`,
      );
  } else return null;
  const values = labels.map(Number);
  const bad = values.findIndex((v) => !Number.isInteger(v));
  if (bad >= 0)
    throw new CliError(`${source}: row ${bad + 1} has fold "${labels[bad]}", not an integer`);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length < 2 || distinct.length > 255)
    throw new CliError(`${source}: needs 2 to 255 distinct folds, found ${distinct.length}`);
  const index = new Map(distinct.map((v, k) => [v, k]));
  return Uint8Array.from(values, (v) => index.get(v)!);
}
