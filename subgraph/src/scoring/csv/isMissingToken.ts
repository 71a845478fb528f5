const TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none']);

/** CSV cells that mean "no value": empty, NA, N/A, NaN, null, None (any case). */
export function isMissingToken(cell: string): boolean {
  return TOKENS.has(cell.trim().toLowerCase());
}
