/** A share as a round figure that still contains it: 7 % stays 7 %, 27 % becomes 30 %. */
const roundUp = (share: number) => {
  const percent = Math.max(1, Math.ceil(share * 100 - 1e-9));
  return percent <= 10 ? percent : Math.min(100, Math.ceil(percent / 5) * 5);
};

/**
 * Where `value` stands among `values`, in words: "among the top 10 % of 240 customers" when at
 * most 40 % of them have as much, "among the bottom 20 % …" when at most 40 % have as little,
 * "as high as any of …" when it is the most and many share it, else "about the middle of …".
 * Null with fewer than 5 values to compare with.
 */
export function rankAmong(value: number, values: readonly number[], noun: string): string | null {
  return rankAmongCounts(
    value,
    values.map((v) => ({ value: v, count: 1 })),
    noun,
  );
}

/** The same as `rankAmong`, from a distribution: how many have each value. */
export function rankAmongCounts(
  value: number,
  distribution: readonly { value: number; count: number }[],
  noun: string,
): string | null {
  let n = 0;
  let atLeastCount = 0;
  let atMostCount = 0;
  for (const row of distribution) {
    n += row.count;
    if (row.value >= value) atLeastCount += row.count;
    if (row.value <= value) atMostCount += row.count;
  }
  if (n < 5) return null;
  const [atLeast, atMost] = [atLeastCount / n, atMostCount / n];
  const of = `${n.toLocaleString('en-US')} ${noun}`;
  if (atLeast <= 0.4 && atLeast <= atMost) return `among the top ${roundUp(atLeast)} % of ${of}`;
  if (atMost <= 0.4) return `among the bottom ${roundUp(atMost)} % of ${of}`;
  // Many share this value: it is the top or the bottom of the range, but not a rare place in it.
  if (atMost === 1 && atLeast === 1) return `the same for all ${of}`;
  if (atMost === 1) return `as high as any of ${of}`;
  if (atLeast === 1) return `as low as any of ${of}`;
  return `about the middle of ${of}`;
}
