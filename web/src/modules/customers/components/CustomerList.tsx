import { Link, useSearchParams } from 'react-router';
import { useCustomersQuery } from '../../../__generated__/graphql';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { customerListView, nextCustomerSort, type CustomerSort } from '../utils/customerListView';

/** The customers, with the search, sort and page in the URL so reload, Back and links keep them. */
export function CustomerList() {
  const { data, error, refetch } = useCustomersQuery();
  const [params, update] = useUpdateSearchParams();
  const [search, setSearch] = useDebouncedParam('q', params, update);
  const [, setParams] = useSearchParams();
  // A page is a history entry (Back returns to the previous one); filters and sort replace theirs.
  const goToPage = (page: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (page > 1) next.set('page', String(page));
      else next.delete('page');
      return next;
    });
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading customers…" />;
  const view = customerListView(data.customers, params);
  const sortHeader = (sort: CustomerSort, label: string, className?: string) => {
    const active = view.sort === sort;
    return (
      <th
        className={className}
        aria-sort={active ? (view.dir === 'ASC' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-pressed={active}
          onClick={() => update({ sort, dir: nextCustomerSort(view, sort) })}
        >
          {label} {active ? (view.dir === 'ASC' ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <>
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
      {view.rows.length === 0 ? (
        <EmptyState title="No customers match" />
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="customer-table">
            <thead>
              <tr>
                {sortHeader('name', 'Customer')}
                {sortHeader('health', 'CRM health', 'num')}
                <th>Plan</th>
                <th>Industry</th>
                <th>Country</th>
                {sortHeader('open', 'Open deals', 'num')}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((c) => (
                <tr key={c.id}>
                  <td data-label="Customer">
                    <Link to={`/customers/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="num" data-label="CRM health">
                    {c.healthScore}
                  </td>
                  <td data-label="Plan">{c.plan}</td>
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
          {view.total.toLocaleString('en-US')} customers · page {view.page} of {view.pages}
        </span>
        <span>
          <button
            type="button"
            className="button button--small"
            disabled={view.page <= 1}
            onClick={() => goToPage(view.page - 1)}
          >
            Previous
          </button>{' '}
          <button
            type="button"
            className="button button--small"
            disabled={view.page >= view.pages}
            onClick={() => goToPage(view.page + 1)}
          >
            Next
          </button>
        </span>
      </nav>
    </>
  );
}
