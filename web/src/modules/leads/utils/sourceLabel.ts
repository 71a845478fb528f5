/** A lead source as people say it: "paid_ads" → "Paid ads", "web-form" → "Web form". */
export function sourceLabel(source: string): string {
  const words = source.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : source;
}
