/**
 * A count with its noun, in the one form it takes: "1 deal", "2,571 deals", "0 leads". The plural
 * is the noun plus "s" unless given ("1 match", "3 matches").
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
