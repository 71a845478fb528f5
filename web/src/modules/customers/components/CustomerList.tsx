import { Link } from 'react-router';
import { useCustomerListQuery, type SortDirection } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { errorMessage } from '../../../lib/graphqlErrors';
import { plural } from '../../../lib/plural';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { useUrlPage } from '../../../lib/useUrlPage';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { SortSelect, type SortOption } from '../../../ui/SortSelect';
import {
  CUSTOMER_PAGE_SIZE,
  customerQueryFromParams,
  nextCustomerDirection,
  type CustomerSort,
} from '../utils/customerQueryFromParams';

const SORT_OPTIONS: readonly SortOption<CustomerSort, SortDirection>[] = [
  { column: 'name', direction: 'ASC', label: 'Name, A to Z' },
  { column: 'name', direction: 'DESC', label: 'Name, Z to A' },
  { column: 'health', direction: 'DESC', label: 'CRM health, highest first' },
  { column: 'health', direction: 'ASC', label: 'CRM health, lowest first' },
  { column: 'mrr', direction: 'DESC', label: 'MRR, highest first' },
  { column: 'mrr', direction: 'ASC', label: 'MRR, lowest first' },
];

/**
 * The customers a page at a time, searched and sorted by the CRM subgraph (ADR 028), with the
 * search, sort and page in the URL so reload, Back and links keep them.
 */
export function CustomerList() {
  const [params, update] = useUpdateSearchParams();
  const [search, setSearch] = useDebouncedParam('q', params, update);
  const { page, after, next, previous } = useUrlPage();
  const { sort, direction, variables } = customerQueryFromParams(params);
  const { data, previousData, loading, error, refetch } = useCustomerListQuery({
    variables: { ...variables, first: CUSTOMER_PAGE_SIZE, after },
  });
  const list = (data ?? previousData)?.customerPage;
  const sortHeader = (column: CustomerSort, label: string, className?: string) => {
    const active = sort === column;
    return (
      <th
        className={className}
        aria-sort={active ? (direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-pressed={active}
          onClick={() =>
            update({ sort: column, dir: nextCustomerDirection({ sort, direction }, column) })
          }
        >
          {label} {active ? (direction === 'ASC' ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  const filters = (
    <form
      className="toolbar filters"
      aria-label="Customer filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="filters__item">
        <span>Search</span>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Customer name"
        />
      </label>
      {/* On a phone the table's header (its sort buttons) is folded into the cards. */}
      <SortSelect
        column={sort}
        direction={direction}
        options={SORT_OPTIONS}
        onChange={(column, dir) => update({ sort: column, dir })}
      />
      {params.has('q') && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => update({ q: '' })}
        >
          Clear filters
        </button>
      )}
    </form>
  );
  if (error && !list)
    return (
      <>
        {filters}
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      </>
    );
  if (!list) return <LoadingState label="Loading customers…" />;
  const pages = Math.max(1, Math.ceil(list.totalCount / CUSTOMER_PAGE_SIZE));
  return (
    <>
      {filters}
      {list.nodes.length === 0 ? (
        <EmptyState title="No customers match" />
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="customer-table" aria-busy={loading}>
            <thead>
              <tr>
                {sortHeader('name', 'Customer')}
                {sortHeader('health', 'CRM health', 'num')}
                <th>Plan</th>
                {sortHeader('mrr', 'MRR', 'num')}
                <th>Industry</th>
                <th>Country</th>
                <th className="num">Open deals</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((c) => (
                <tr key={c.id}>
                  <td data-label="Customer">
                    <Link to={`/customers/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="num" data-label="CRM health">
                    {c.healthScore}
                  </td>
                  <td data-label="Plan">{c.plan}</td>
                  <td className="num" data-label="MRR">
                    {formatMoney(c.mrr, null)}
                  </td>
                  <td data-label="Industry">{c.industry}</td>
                  <td data-label="Country">{c.country}</td>
                  <td className="num" data-label="Open deals">
                    {formatMoneyTotals(c.openDealTotals)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label="Pages">
        <span>
          {plural(list.totalCount, 'customer')} · page {page} of {pages.toLocaleString('en-US')}
        </span>
        <span>
          <button
            type="button"
            className="button button--small"
            disabled={page <= 1}
            onClick={previous}
          >
            Previous
          </button>{' '}
          <button
            type="button"
            className="button button--small"
            disabled={!list.pageInfo.hasNextPage || !list.pageInfo.endCursor}
            onClick={() => next(list.pageInfo.endCursor)}
          >
            Next
          </button>
        </span>
      </nav>
    </>
  );
}
