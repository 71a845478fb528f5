/** A cell as the export writes it: text from users, or a value the server formats itself. */
export type CsvValue = string | number | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP);
// tab and carriage return are on OWASP's list too, since some programs strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180: quoted when it holds a quote, comma, CR or LF, its quotes doubled. Text
 * that a spreadsheet would read as a formula gets a leading apostrophe, which shows the text as
 * typed. Numbers are the server's own (never a user's text) and are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, cells joined by commas and ended by CRLF (RFC 4180). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
