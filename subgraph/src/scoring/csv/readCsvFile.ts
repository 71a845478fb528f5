import { existsSync, readFileSync, statSync } from 'node:fs';
import { CliError } from '../cli/CliError';
import { parseCsv, type CsvTable } from './parseCsv';
import { firstInvalidUtf8Byte, lineOfByte } from './utf8';

/**
 * Reads and parses a CSV file, rejecting what would otherwise be read wrong: a missing file or a
 * folder, bytes that are not UTF-8 (decoding them would merge distinct categories into one
 * replacement character), an empty file, ragged rows, and a column name given twice (which column
 * a model's feature reads would be a guess).
 */
export function readCsvFile(path: string): CsvTable {
  if (!existsSync(path)) throw new CliError(`file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new CliError(`${path} is a folder, not a CSV file`);
  const bytes = readFileSync(path);
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0)
    throw new CliError(
      `${path} is not UTF-8 text (line ${lineOfByte(bytes, bad)}, byte ${bad + 1} is 0x${bytes[bad]!.toString(16).padStart(2, '0')}); save it as UTF-8 and try again`,
    );
  const text = bytes.toString('utf8');
  if (text.trim() === '')
    throw new CliError(`${path} is empty; it needs a header row and data rows`);
  let table: CsvTable;
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}`);
  }
  if (table.records.length === 0) throw new CliError(`${path} has a header but no data rows`);
  const first = new Map<string, number>();
  table.header.forEach((name, j) => {
    const before = first.get(name);
    if (before !== undefined)
      throw new CliError(
        `${path}: column name "${name}" is used twice (columns ${before + 1} and ${j + 1}); rename one`,
      );
    first.set(name, j);
  });
  table.records.forEach((record, k) => {
    if (record.length !== table.header.length) {
      throw new CliError(
        `${path} line ${table.lines[k]}: ${record.length} fields, but the header has ${table.header.length}`,
      );
    }
  });
  return table;
}

/**
 * "column "x" not found; columns: …", with what is likely wrong: a header of one column holding
 * semicolons or tabs (another separator than the comma), or a name that matches once spaces
 * around it are removed.
 */
export function columnNotFound(what: string, name: string, header: readonly string[]): CliError {
  const hints: string[] = [];
  const spaced = header.find((h) => h !== name && h.trim() === name.trim());
  if (spaced !== undefined) hints.push(`the file has "${spaced}", with spaces`);
  if (header.length === 1) {
    const separator = [';', '\t', '|'].find((s) => header[0]!.includes(s));
    if (separator)
      hints.push(
        `the file seems separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}; save it with commas`,
      );
  }
  return new CliError(
    `${what} "${name}" not found; columns: ${header.join(', ')}${hints.length ? ` (${hints.join('; ')})` : ''}`,
  );
}
