/** The median of `values` (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median days of the stays (sorted by end) that ended before `t` (ms); null when none did. */
export function medianBefore(
  stays: readonly { endedAt: number; days: number }[],
  t: number,
): number | null {
  let lo = 0;
  let hi = stays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stays[mid]!.endedAt < t) lo = mid + 1;
    else hi = mid;
  }
  return median(stays.slice(0, lo).map((s) => s.days));
}
