const SEPARATOR = /^\s*[—–:|-]\s*/;

/**
 * A deal's own title on its card: seeded and imported titles often start with the customer's name
 * ("Nova Motors — Pilot"), which the card already shows, so that prefix is dropped.
 */
export function cardTitle(title: string, customerName: string | null | undefined): string {
  if (!customerName || !title.startsWith(customerName)) return title;
  const rest = title.slice(customerName.length);
  if (!SEPARATOR.test(rest)) return title;
  const own = rest.replace(SEPARATOR, '').trim();
  return own || title;
}
