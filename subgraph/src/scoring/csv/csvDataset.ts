import { CliError } from '../cli/CliError';
import { inferFeatureKind } from './inferFeatureKind';
import type { CsvTable } from './parseCsv';
import { rowValue } from './rowValue';
import type { Dataset } from '../model/types';

/** A training dataset from a CSV table: every column but the target and ignored ones, types inferred. */
export function csvDataset(
  table: CsvTable,
  target: string,
  positive: string,
  ignore: string[] = [],
): Dataset {
  const { header, records } = table;
  const targetIndex = header.indexOf(target);
  if (targetIndex < 0)
    throw new CliError(`target column "${target}" not found; columns: ${header.join(', ')}`);
  const unknown = ignore.filter((c) => !header.includes(c));
  if (unknown.length)
    throw new CliError(
      `--ignore names unknown column(s) ${unknown.join(', ')}; columns: ${header.join(', ')}`,
    );
  const seen = [...new Set(records.map((r) => r[targetIndex]!.trim()))];
  if (seen.length < 2)
    throw new CliError(`target column "${target}" has a single class ("${seen[0]}"); it needs two`);
  if (!seen.includes(positive.trim())) {
    throw new CliError(
      `positive value "${positive}" not found in "${target}"; values seen: ${seen.slice(0, 20).join(', ')}`,
    );
  }
  const used = header
    .map((name, j) => ({ name, j }))
    .filter(({ name, j }) => j !== targetIndex && !ignore.includes(name));
  if (used.length === 0)
    throw new CliError('no feature columns left after removing the target and --ignore columns');
  const features = used.map(({ name, j }) => ({
    name,
    label: name,
    kind: inferFeatureKind(records.map((r) => r[j]!)),
  }));
  return {
    features,
    rows: records.map((r) => used.map(({ j }, k) => rowValue(features[k]!.kind, r[j]!))),
    labels: records.map((r) => (r[targetIndex]!.trim() === positive.trim() ? 1 : 0)),
  };
}
