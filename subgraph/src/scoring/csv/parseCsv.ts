export type CsvTable = {
  header: string[];
  records: string[][];
  /** The 1-based line on which each record starts (for error messages). */
  lines: number[];
};

/**
 * RFC 4180 CSV: quoted fields with "" escapes, commas and newlines inside quotes, LF or CRLF
 * line ends, optional BOM; blank lines are skipped. Ragged rows are left to the caller.
 */
export function parseCsv(text: string): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new Error(`unterminated quoted field starting on line ${quoteLine}`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        // tolerate stray text after a closing quote, as most spreadsheet exports do
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        field = text.slice(start, i);
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    if (row.length === 1 && row[0] === '') continue;
    rows.push(row);
    lines.push(startLine);
  }
  const [header, ...records] = rows;
  if (!header) throw new Error('the CSV file is empty');
  return { header, records, lines: lines.slice(1) };
}
