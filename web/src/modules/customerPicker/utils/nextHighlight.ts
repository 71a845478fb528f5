/**
 * Which suggestion a key highlights in a list of `count` (-1: none): arrows wrap around, Home and
 * End jump to the ends. Undefined for any other key, which the input handles as typing.
 */
export function nextHighlight(current: number, key: string, count: number): number | undefined {
  if (count === 0) return key === 'ArrowDown' || key === 'ArrowUp' ? -1 : undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
