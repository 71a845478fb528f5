type Card = { id: string };

/**
 * Appends a fetched page to a column's list, or returns null when the list changed while the page
 * was loading (a move or a refetch), since the page no longer follows it. Cards already listed are skipped.
 */
export function appendPage<T extends Card>(
  list: readonly T[],
  page: readonly T[],
  requestedAfter: { length: number; lastId: string | undefined },
): T[] | null {
  if (list.length !== requestedAfter.length || list.at(-1)?.id !== requestedAfter.lastId)
    return null;
  const listed = new Set(list.map((card) => card.id));
  return [...list, ...page.filter((card) => !listed.has(card.id))];
}
