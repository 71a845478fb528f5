import { CliError } from '../cli/CliError';
import { inferFeatureKind } from './inferFeatureKind';
import { isMissingToken } from './isMissingToken';
import { nonNumericCells, nonNumericWarning } from './nonNumericCells';
import type { CsvTable } from './parseCsv';
import { columnNotFound } from './readCsvFile';
import { rowValue } from './rowValue';
import type { Dataset } from '../model/types';

/**
 * A training dataset from a CSV table: every column but the target and ignored ones, types
 * inferred. A row without a target value is refused (it is neither class); `warn` hears what is
 * read in a way the user may not expect: non-numeric cells of a numeric column (read as missing),
 * and a target of more than two values (one is positive, all the others negative).
 */
export function csvDataset(
  table: CsvTable,
  target: string,
  positive: string,
  ignore: string[] = [],
  warn: (line: string) => void = () => {},
): Dataset {
  const { header, records, lines } = table;
  const targetIndex = header.indexOf(target);
  if (targetIndex < 0) throw columnNotFound('target column', target, header);
  const unknown = ignore.filter((c) => !header.includes(c));
  if (unknown.length)
    throw new CliError(
      `--ignore names unknown column(s) ${unknown.join(', ')}; columns: ${header.join(', ')}`,
    );
  const targets = records.map((r) => r[targetIndex]!.trim());
  const blank = targets.filter((t) => isMissingToken(t)).length;
  if (blank)
    throw new CliError(
      `target column "${target}" has no value in ${blank} of ${records.length} rows (first on line ${lines[targets.findIndex((t) => isMissingToken(t))]}); fill them in or remove those rows`,
    );
  const seen = [...new Set(targets)];
  if (seen.length < 2)
    throw new CliError(`target column "${target}" has a single class ("${seen[0]}"); it needs two`);
  if (!seen.includes(positive.trim())) {
    throw new CliError(
      `positive value "${positive}" not found in "${target}"; values seen: ${seen.slice(0, 20).join(', ')}`,
    );
  }
  if (seen.length > 2) {
    const negatives = seen.filter((v) => v !== positive.trim());
    warn(
      `target column "${target}" has ${seen.length} values: "${positive.trim()}" is the positive class, ${negatives
        .slice(0, 10)
        .map((v) => `"${v}"`)
        .join(', ')}${negatives.length > 10 ? ', …' : ''} all count as negative`,
    );
  }
  const used = header
    .map((name, j) => ({ name, j }))
    .filter(({ name, j }) => j !== targetIndex && !ignore.includes(name));
  if (used.length === 0)
    throw new CliError('no feature columns left after removing the target and --ignore columns');
  const features = used.map(({ name, j }) => {
    const values = records.map((r) => r[j]!);
    const kind = inferFeatureKind(values);
    if (kind === 'numeric') {
      const odd = nonNumericCells(values);
      if (odd.count) warn(nonNumericWarning(name, values, lines, odd));
    }
    return { name, label: name, kind };
  });
  return {
    features,
    rows: records.map((r) => used.map(({ j }, k) => rowValue(features[k]!.kind, r[j]!))),
    labels: targets.map((t) => (t === positive.trim() ? 1 : 0)),
  };
}
