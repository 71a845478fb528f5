import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';
import { writeCsv } from './writeCsv';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded commas and newlines, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline",\r\n\r\n3,plain,z';
    const table = parseCsv(text);
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.records).toEqual([
      ['1', 'x, y', 'say "hi"'],
      ['2', 'multi\nline', ''],
      ['3', 'plain', 'z'],
    ]);
    expect(table.lines).toEqual([2, 3, 6]);
  });

  it('rejects an unterminated quote and an empty file', () => {
    expect(() => parseCsv('a,b\n1,"oops\n')).toThrow(
      /unterminated quoted field starting on line 2/,
    );
    expect(() => parseCsv('')).toThrow(/empty/);
  });

  it('round-trips through writeCsv', () => {
    const rows = [
      ['h1', 'h2'],
      ['a,b', 'q"uote'],
      ['line\nbreak', ' padded '],
    ];
    const { header, records } = parseCsv(writeCsv(rows));
    expect([header, ...records]).toEqual(rows);
  });
});
