/** Removes the item with `id` (wherever it is) and inserts `item` at `index`, clamped to the list. */
export function moveInList<T>(
  list: readonly T[],
  item: T,
  index: number,
  idOf: (item: T) => string | undefined,
): T[] {
  const id = idOf(item);
  const rest = list.filter((entry) => idOf(entry) !== id);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
