import { isStorableText, UNSAFE_TEXT_MESSAGE } from './validate';

/**
 * The bounds of every JSON input (the JSON scalar): lead metadata is a handful of firmographic
 * fields, so 16 KiB, 8 levels and 256 keys leave room for any real use and none for abuse.
 */
export const JSON_LIMITS = { bytes: 16_384, depth: 8, keys: 256 } as const;

/**
 * The first way `value` breaks JSON_LIMITS or holds text PostgreSQL cannot store, as a message;
 * undefined when it is fine. Walks with its own stack and stops at the first excess, so a value
 * nested 10,000 deep costs as much as one nested 9 deep.
 */
export function jsonProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let keys = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (!isStorableText(item.value)) return UNSAFE_TEXT_MESSAGE;
      continue;
    }
    if (typeof item.value === 'number' && !Number.isFinite(item.value))
      return 'numbers must be finite';
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= JSON_LIMITS.depth)
      return `must be nested at most ${JSON_LIMITS.depth} levels deep`;
    const entries = Array.isArray(item.value)
      ? item.value.map((v): [string, unknown] => ['', v])
      : Object.entries(item.value);
    keys += entries.length;
    if (keys > JSON_LIMITS.keys)
      return `must hold at most ${JSON_LIMITS.keys} keys and items in all`;
    for (const [key, child] of entries) {
      if (!isStorableText(key)) return `keys ${UNSAFE_TEXT_MESSAGE}`;
      stack.push({ value: child, depth: item.depth + 1 });
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > JSON_LIMITS.bytes)
    return `must be at most ${JSON_LIMITS.bytes.toLocaleString('en-US')} bytes as JSON, got ${bytes.toLocaleString('en-US')}`;
  return undefined;
}
