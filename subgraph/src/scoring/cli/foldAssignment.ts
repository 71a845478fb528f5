import { existsSync, readFileSync, statSync } from 'node:fs';
import { CliError } from './CliError';
import type { CsvTable } from '../csv/parseCsv';
import { columnNotFound } from '../csv/readCsvFile';

/** Which fold each data row is in, numbered 0..k-1, and the label the user gave each fold. */
export type FoldAssignment = { assignment: Uint8Array; labels: number[] };

const INTEGER = /^[+-]?\d+$/;

/**
 * The fold of every data row for `eval`, from a column of the CSV (`--fold-column`) or from a
 * file with one fold label per data row (`--folds-file`, e.g. written by a Python peer from
 * scikit-learn's splitter); null when neither is given. Fold labels are any integers; they are
 * numbered 0..k-1 in increasing order. A row without one (an empty cell) is refused, never put in
 * a fold of its own.
 */
export function foldAssignment(
  table: CsvTable,
  flags: Record<string, string | undefined>,
): FoldAssignment | null {
  const column = flags['fold-column'];
  const file = flags['folds-file'];
  if (column !== undefined && file !== undefined)
    throw new CliError('give either --fold-column or --folds-file, not both');
  let labels: string[];
  let where: (i: number) => string;
  if (column !== undefined) {
    const j = table.header.indexOf(column);
    if (j < 0) throw columnNotFound('fold column', column, table.header);
    labels = table.records.map((r) => r[j]!.trim());
    where = (i) => `fold column "${column}", line ${table.lines[i]}`;
  } else if (file !== undefined) {
    if (!existsSync(file)) throw new CliError(`file not found: ${file}`);
    if (statSync(file).isDirectory()) throw new CliError(`${file} is a folder, not a folds file`);
    labels = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    where = (i) => `${file}, label ${i + 1}`;
    if (labels.length !== table.records.length)
      throw new CliError(
        `${file} has ${labels.length} fold labels, the CSV has ${table.records.length} data rows`,
      );
  } else return null;
  const bad = labels.findIndex((v) => !INTEGER.test(v) || !Number.isSafeInteger(Number(v)));
  if (bad >= 0)
    throw new CliError(
      labels[bad] === ''
        ? `${where(bad)}: no fold given; every row needs one`
        : `${where(bad)}: fold "${labels[bad]}" is not an integer`,
    );
  const values = labels.map(Number);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length < 2 || distinct.length > 255)
    throw new CliError(
      `${column !== undefined ? `fold column "${column}"` : file}: needs 2 to 255 distinct folds, found ${distinct.length}`,
    );
  const index = new Map(distinct.map((v, k) => [v, k]));
  return { assignment: Uint8Array.from(values, (v) => index.get(v)!), labels: distinct };
}
