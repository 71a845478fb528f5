/** A binary heap of numbers; `before(a, b)` is true when a comes out first. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size() {
    return this.items.length;
  }
  peek(): number {
    return this.items[0]!;
  }
  push(value: number) {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let first = i;
        if (left < items.length && this.before(items[left]!, items[first]!)) first = left;
        if (right < items.length && this.before(items[right]!, items[first]!)) first = right;
        if (first === i) break;
        [items[i], items[first]] = [items[first]!, items[i]!];
        i = first;
      }
    }
    return top;
  }
}

/**
 * For each time in `times`, the median of the values of the points strictly before it (null when
 * none): one sweep of the points in time order with a running median (the lower half in a max-heap,
 * the upper half in a min-heap), answering the times in increasing order. O((points + times) log
 * points), where a sort of each time's prefix made a deal model's training rows quadratic in the
 * deals closed (ADR 081's addendum). `points` must be sorted by `at`. The medians are exact: the
 * middle value, or the mean of the middle two (as `median` in services/common).
 */
export function mediansBefore(
  points: readonly { at: number; value: number }[],
  times: readonly number[],
): (number | null)[] {
  const lower = new Heap((a, b) => a > b);
  const upper = new Heap((a, b) => a < b);
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const result: (number | null)[] = new Array<number | null>(times.length).fill(null);
  let next = 0;
  for (const i of order) {
    const t = times[i]!;
    for (; next < points.length && points[next]!.at < t; next++) {
      const value = points[next]!.value;
      if (lower.size && value > lower.peek()) upper.push(value);
      else lower.push(value);
      if (lower.size > upper.size + 1) upper.push(lower.pop());
      else if (upper.size > lower.size) lower.push(upper.pop());
    }
    if (!lower.size) continue;
    result[i] = lower.size > upper.size ? lower.peek() : (lower.peek() + upper.peek()) / 2;
  }
  return result;
}
