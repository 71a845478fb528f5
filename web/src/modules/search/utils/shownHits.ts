/**
 * The results to list under the box: the current query's, or while it is on its way the last
 * query's (no flicker between keystrokes); none for text too short to search, and none when the
 * query failed: an error ("Keep it to 100 characters or fewer.") listed over an earlier query's
 * results, the first one chosen, and Enter opened a lead the text did not match.
 */
export function shownHits<T>({
  tooShort,
  failed,
  current,
  previous,
}: {
  tooShort: boolean;
  failed: boolean;
  current: readonly T[] | undefined;
  previous: readonly T[] | undefined;
}): readonly T[] {
  if (tooShort || failed) return [];
  return current ?? previous ?? [];
}
