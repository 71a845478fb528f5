const SHOWN_ELSEWHERE = new Set(['company', 'title', 'email', 'name']);

function humanise(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The lead's free-form attributes (firmographics etc.) as label/value pairs, plain values only. */
export function metadataEntries(metadata: unknown): [string, string][] {
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) return [];
  return Object.entries(metadata as Record<string, unknown>)
    .filter(
      ([key, value]) =>
        !SHOWN_ELSEWHERE.has(key) && ['string', 'number', 'boolean'].includes(typeof value),
    )
    .map(([key, value]) => [
      humanise(key),
      typeof value === 'number' ? value.toLocaleString('en-US') : String(value),
    ]);
}
