/**
 * The `afterPosition` of a column's next page. Unfiltered, the loaded cards are the column's first
 * positions (0..n-1) even after optimistic moves, whose shifts the cached positions don't show;
 * filtered, it is the last loaded card's position (the board is refetched after a filtered move).
 */
export function pageAfterPosition(
  loaded: readonly { position: number }[],
  unfiltered: boolean,
): number {
  return unfiltered ? loaded.length - 1 : (loaded.at(-1)?.position ?? -1);
}
