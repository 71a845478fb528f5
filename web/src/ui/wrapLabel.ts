/**
 * A chart label cut into lines of at most `width` characters at spaces, each line but the last
 * keeping its space: the lines joined give the label back, so the text read from the chart (a
 * copy, a search in the page) says "Deals won with this customer", not "Deals wonwith this customer".
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length > width) {
      lines.push(`${line} `);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
