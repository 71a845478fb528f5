import type { CustomersQuery } from '../../../__generated__/graphql';
import { compareOpenDealTotals } from './compareOpenDealTotals';

type Customer = CustomersQuery['customers'][number];
export type CustomerSort = 'open' | 'name' | 'health';
export const CUSTOMER_PAGE_SIZE = 50;

const SORTS: Record<
  CustomerSort,
  { compare: (a: Customer, b: Customer) => number; dir: 'ASC' | 'DESC' }
> = {
  // compareOpenDealTotals puts the largest first: that order is "descending".
  open: {
    compare: (a, b) => -compareOpenDealTotals(a.openDealTotals, b.openDealTotals),
    dir: 'DESC',
  },
  name: { compare: (a, b) => a.name.localeCompare(b.name), dir: 'ASC' },
  health: { compare: (a, b) => a.healthScore - b.healthScore, dir: 'DESC' },
};

/**
 * The customer list as the URL asks for it (`q`, `sort`, `dir`, `page`): filtered by name, sorted
 * (open pipeline, largest first, by default; ties by name) and cut to one page. The CRM has no
 * paging, so the page is cut here from the customers fetched.
 */
export function customerListView(customers: readonly Customer[], params: URLSearchParams) {
  const raw = params.get('sort');
  const sort: CustomerSort = raw === 'name' || raw === 'health' ? raw : 'open';
  const dirParam = params.get('dir');
  const dir = dirParam === 'ASC' || dirParam === 'DESC' ? dirParam : SORTS[sort].dir;
  const q = (params.get('q') ?? '').trim().toLowerCase();
  const sign = dir === 'ASC' ? 1 : -1;
  const matching = customers
    .filter((c) => !q || c.name.toLowerCase().includes(q))
    .sort((a, b) => sign * SORTS[sort].compare(a, b) || a.name.localeCompare(b.name));
  const pages = Math.max(1, Math.ceil(matching.length / CUSTOMER_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.floor(Number(params.get('page'))) || 1));
  const rows = matching.slice((page - 1) * CUSTOMER_PAGE_SIZE, page * CUSTOMER_PAGE_SIZE);
  return { rows, total: matching.length, page, pages, sort, dir, defaultDir: SORTS[sort].dir };
}

/** The direction a click on a column's header asks for: the other one when it is the current sort. */
export function nextCustomerSort(
  current: { sort: CustomerSort; dir: 'ASC' | 'DESC' },
  sort: CustomerSort,
): 'ASC' | 'DESC' {
  if (current.sort !== sort) return SORTS[sort].dir;
  return current.dir === 'ASC' ? 'DESC' : 'ASC';
}
