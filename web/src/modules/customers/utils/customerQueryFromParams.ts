import type { CustomerSortField, SortDirection } from '../../../__generated__/graphql';

/** The sorts the CRM can do for every page; sales figures it does not hold cannot be (ADR 028). */
export const CUSTOMER_SORTS = {
  name: { field: 'NAME', dir: 'ASC' },
  health: { field: 'HEALTH_SCORE', dir: 'DESC' },
  mrr: { field: 'MRR', dir: 'DESC' },
} as const satisfies Record<string, { field: CustomerSortField; dir: SortDirection }>;
export type CustomerSort = keyof typeof CUSTOMER_SORTS;
export const CUSTOMER_PAGE_SIZE = 50;

const isSort = (raw: string | null): raw is CustomerSort =>
  raw != null && Object.hasOwn(CUSTOMER_SORTS, raw);

/**
 * The customer list's sort and search as the URL says (`sort`, `dir`, `q`): name A-Z by default;
 * an unknown sort (an old link's `sort=open`) falls back to it rather than failing.
 */
export function customerQueryFromParams(params: URLSearchParams) {
  const raw = params.get('sort');
  const sort: CustomerSort = isSort(raw) ? raw : 'name';
  const dirParam = params.get('dir');
  const direction: SortDirection =
    dirParam === 'ASC' || dirParam === 'DESC' ? dirParam : CUSTOMER_SORTS[sort].dir;
  const search = (params.get('q') ?? '').trim();
  return {
    sort,
    direction,
    variables: {
      sortBy: CUSTOMER_SORTS[sort].field,
      direction,
      ...(search && { search }),
    },
  };
}

/** The direction a click on a column's header asks for: the other one when it is the current sort. */
export function nextCustomerDirection(
  current: { sort: CustomerSort; direction: SortDirection },
  sort: CustomerSort,
): SortDirection {
  if (current.sort !== sort) return CUSTOMER_SORTS[sort].dir;
  return current.direction === 'ASC' ? 'DESC' : 'ASC';
}
