import { useState } from 'react';
import { Link } from 'react-router';
import { useCustomersQuery } from '../../../__generated__/graphql';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { compareOpenDealTotals } from '../utils/compareOpenDealTotals';

export function CustomerList() {
  const { data, error, refetch } = useCustomersQuery();
  const [search, setSearch] = useState('');
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading customers…" />;
  const q = search.trim().toLowerCase();
  const rows = data.customers
    .filter((c) => !q || c.name.toLowerCase().includes(q))
    .sort((a, b) => compareOpenDealTotals(a.openDealTotals, b.openDealTotals));
  return (
    <>
      <div className="toolbar">
        <label className="filters__item">
          <span>Search</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Customer name"
          />
        </label>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No customers match" />
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <thead>
              <tr>
                <th>Customer</th>
                <th className="num">Health</th>
                <th>Plan</th>
                <th>Industry</th>
                <th>Country</th>
                <th className="num">Open deals</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td data-label="Customer">
                    <Link to={`/customers/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="num" data-label="Health">
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
    </>
  );
}
