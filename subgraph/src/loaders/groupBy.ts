/** Groups rows by a key, in the order of `keys` (DataLoader's contract). */
export function groupBy<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string | null,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.get(key)?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function indexBy<T, K extends string | number>(
  keys: readonly K[],
  rows: T[],
  keyOf: (row: T) => K,
): (T | null)[] {
  const byKey = new Map<K, T>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
