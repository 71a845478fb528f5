import { formatDate } from '../../../lib/formatDate';
import { formatMoney } from '../../../lib/formatMoney';

const LABELS: Record<string, string> = {
  title: 'Title',
  value: 'Value',
  currency: 'Currency',
  ownerId: 'Owner',
  customerId: 'Customer',
  expectedCloseDate: 'Expected close',
  name: 'Name',
  email: 'Email',
  source: 'Source',
};

type Change = { from: unknown; to: unknown };

function isChange(value: unknown): value is Change {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function label(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const key = field.startsWith('metadata.') ? field.slice('metadata.'.length) : field;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shown(field: string, value: unknown, currency: string | null): string {
  if (value == null || value === '') return 'none';
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'value') return formatMoney(value, currency);
  if (field === 'expectedCloseDate') return formatDate(value);
  return `“${value}”`;
}

/**
 * The lines of an edit's timeline entry, one per field the server logged as `{ from, to }`
 * (ADR 030): "Title: “Pilot” → “Fleet pilot”". Owners and customers are logged by id, which says
 * nothing to a reader: an owner reads by name when `userName` knows both, else (and a customer
 * always) as set, removed or changed.
 */
export function describeChanges(
  payload: unknown,
  userName: (id: string) => string | undefined = () => undefined,
): string[] {
  if (typeof payload !== 'object' || payload === null) return [];
  const entries = Object.entries(payload).filter((e): e is [string, Change] => isChange(e[1]));
  const currency = entries.find(([field]) => field === 'currency')?.[1].to;
  return entries.map(([field, { from, to }]) => {
    if (field === 'ownerId') {
      const name = (id: unknown) => (typeof id === 'string' ? userName(id) : 'nobody');
      const [before, after] = [name(from), name(to)];
      if (before && after) return `Owner: ${before} → ${after}`;
    }
    if (field === 'ownerId' || field === 'customerId') {
      const what = label(field);
      if (from == null) return `${what}: set`;
      if (to == null) return `${what}: removed`;
      return `${what}: changed`;
    }
    const money = typeof currency === 'string' ? currency : null;
    return `${label(field)}: ${shown(field, from, money)} → ${shown(field, to, money)}`;
  });
}
