import { isMissingToken } from './isMissingToken';

/**
 * The cells of a column that hold something (not a missing token, see `isMissingToken`) that is
 * not a finite number: their count and the first one's index.
 */
export function nonNumericCells(values: readonly string[]): { count: number; first: number } {
  let count = 0;
  let first = -1;
  values.forEach((v, i) => {
    if (isMissingToken(v) || Number.isFinite(Number(v.trim()))) return;
    if (first < 0) first = i;
    count++;
  });
  return { count, first };
}

/** What the CLI says about a numeric column whose non-numeric cells are read as missing. */
export function nonNumericWarning(
  column: string,
  values: readonly string[],
  lines: readonly number[],
  { count, first }: { count: number; first: number },
): string {
  return `column "${column}": ${count} of ${values.length} cells ${count === 1 ? 'is' : 'are'} not a number (first "${values[first]}" on line ${lines[first]}); read as missing`;
}
