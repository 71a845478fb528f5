import { GraphQLError } from 'graphql';
import type { DemoCustomer } from '../../prisma/seed/demoCustomers';

export type CustomerSortField = 'NAME' | 'HEALTH_SCORE' | 'MRR';
export type SortDirection = 'ASC' | 'DESC';
export type CustomerPageArgs = {
  first?: number | null;
  after?: string | null;
  sortBy?: CustomerSortField | null;
  direction?: SortDirection | null;
  search?: string | null;
};

export const CUSTOMER_PAGE_MAX = 100;
export const CUSTOMER_SEARCH_MAX = 100;

type Key = string | number;
const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const SORT_KEYS: Record<CustomerSortField, (c: DemoCustomer) => Key> = {
  NAME: (c) => c.name,
  HEALTH_SCORE: (c) => c.healthScore,
  MRR: (c) => c.mrr,
};
const DEFAULT_DIRECTION: Record<CustomerSortField, SortDirection> = {
  NAME: 'ASC',
  HEALTH_SCORE: 'DESC',
  MRR: 'DESC',
};

const badInput = (field: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

const compareKeys = (a: Key, b: Key) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : names.compare(String(a), String(b));

/** The cursor names its order, so a cursor from another sort is refused rather than misread. */
function encodeCursor(sortBy: CustomerSortField, direction: SortDirection, key: Key, id: string) {
  return Buffer.from(JSON.stringify([sortBy, direction, key, id])).toString('base64url');
}

function decodeCursor(
  cursor: string,
  sortBy: CustomerSortField,
  direction: SortDirection,
): { key: Key; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'after: not a cursor from this list');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4)
    throw badInput('after', 'after: not a cursor from this list');
  if (parsed[0] !== sortBy || parsed[1] !== direction)
    throw badInput('after', 'after: the cursor belongs to another sort order');
  if (
    typeof parsed[3] !== 'string' ||
    typeof parsed[2] !== (sortBy === 'NAME' ? 'string' : 'number')
  )
    throw badInput('after', 'after: not a cursor from this list');
  return { key: parsed[2] as Key, id: parsed[3] };
}

/**
 * One page of customers in a total order: the sort key in the asked direction, then id ascending,
 * so equal health scores or MRRs never swap between requests. `after` is a keyset cursor (the last
 * row's key and id), not an offset: a page starts after that row wherever it now sits.
 */
export function customerPage(customers: readonly DemoCustomer[], args: CustomerPageArgs) {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > CUSTOMER_PAGE_MAX)
    throw badInput('first', `first: must be from 1 to ${CUSTOMER_PAGE_MAX}`);
  const search = (args.search ?? '').trim().toLowerCase();
  if (search.length > CUSTOMER_SEARCH_MAX)
    throw badInput('search', `search: must be at most ${CUSTOMER_SEARCH_MAX} characters`);
  const sortBy = args.sortBy ?? 'NAME';
  const direction = args.direction ?? DEFAULT_DIRECTION[sortBy];
  const keyOf = SORT_KEYS[sortBy];
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (aKey: Key, aId: string, bKey: Key, bId: string) =>
    sign * compareKeys(aKey, bKey) || (aId < bId ? -1 : aId > bId ? 1 : 0);

  const matching = customers
    .filter((c) => !search || c.name.toLowerCase().includes(search))
    .sort((a, b) => compare(keyOf(a), a.id, keyOf(b), b.id));
  const cursor = args.after ? decodeCursor(args.after, sortBy, direction) : null;
  const rest = cursor
    ? matching.filter((c) => compare(keyOf(c), c.id, cursor.key, cursor.id) > 0)
    : matching;
  const nodes = rest.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount: matching.length,
    pageInfo: {
      hasNextPage: rest.length > first,
      endCursor: last ? encodeCursor(sortBy, direction, keyOf(last), last.id) : null,
    },
  };
}
