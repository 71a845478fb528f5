import { existsSync, readFileSync } from 'node:fs';
import { CliError } from '../cli/CliError';
import { parseCsv, type CsvTable } from './parseCsv';

/** Reads and parses a CSV file, rejecting missing files, empty files and ragged rows. */
export function readCsvFile(path: string): CsvTable {
  if (!existsSync(path)) throw new CliError(`file not found: ${path}`);
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '')
    throw new CliError(`${path} is empty; it needs a header row and data rows`);
  let table: CsvTable;
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
  if (table.records.length === 0) throw new CliError(`${path} has a header but no data rows`);
  table.records.forEach((record, k) => {
    if (record.length !== table.header.length) {
      throw new CliError(
        `${path} line ${table.lines[k]}: ${record.length} fields, but the header has ${table.header.length}`,
      );
    }
  });
  return table;
}
