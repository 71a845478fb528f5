/**
 * Reads RFC 4180 CSV (quoted cells with doubled quotes, CRLF records) into rows of cells: the
 * strict reading a spreadsheet does, to check what the export writes. A leading BOM is dropped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`Not RFC 4180 CSV: a bare ${JSON.stringify(char)} at ${i}`);
    } else cell += char;
  }
  if (quoted) throw new Error('Not RFC 4180 CSV: a quote is never closed');
  if (cell !== '' || row.length > 0)
    throw new Error('Not RFC 4180 CSV: no CRLF after the last record');
  return rows;
}
