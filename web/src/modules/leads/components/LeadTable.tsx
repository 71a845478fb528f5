import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLeadTableQuery, type LeadOrderField } from '../../../__generated__/lazy';
import { formatDate } from '../../../lib/formatDate';
import { plural } from '../../../lib/plural';
import { useUrlPage } from '../../../lib/useUrlPage';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { closedLeadScore } from '../utils/closedLeadScore';
import { leadQueryFromParams, withLeadSort } from '../utils/leadQueryFromParams';
import { sourceLabel } from '../utils/sourceLabel';
import { LeadBulkBar } from './LeadBulkBar';
import { LeadStatusBadge } from './LeadStatusBadge';

const PAGE_SIZE = 50;

export function LeadTable() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const { filter, orderBy, hidesClosed } = useMemo(
    () => leadQueryFromParams(new URLSearchParams(key)),
    [key],
  );
  const { page, after, next: nextPage, previous } = useUrlPage();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, previousData, loading, error, refetch } = useLeadTableQuery({
    variables: { filter, orderBy, first: PAGE_SIZE, after },
  });
  const leads = (data ?? previousData)?.leads;
  const rows = leads?.edges.map((e) => e.node) ?? [];

  const sortBy = (field: LeadOrderField) => {
    const direction =
      orderBy.field === field
        ? orderBy.direction === 'DESC'
          ? 'ASC'
          : 'DESC'
        : field === 'NAME'
          ? 'ASC'
          : 'DESC';
    setParams((prev) => withLeadSort(prev, field, direction));
  };
  const sortHeader = (field: LeadOrderField, label: string, className?: string) => {
    const active = orderBy.field === field;
    return (
      <th
        className={className}
        aria-sort={active ? (orderBy.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-pressed={active}
          onClick={() => sortBy(field)}
        >
          {label} {active ? (orderBy.direction === 'ASC' ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (error && !leads)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!leads) return <LoadingState label="Loading leads…" />;
  return (
    <>
      <LeadBulkBar selected={[...selected]} onDone={() => setSelected(new Set())} />
      {rows.length === 0 ? (
        <EmptyState title="No leads match these filters" />
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="lead-table" aria-busy={loading}>
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label="Select all leads on this page"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))
                    }
                  />
                </th>
                {sortHeader('SCORE', 'Score', 'num')}
                {sortHeader('NAME', 'Name')}
                <th>Company</th>
                <th>Source</th>
                {sortHeader('STATUS', 'Status')}
                <th>Owner</th>
                {sortHeader('CREATED_AT', 'Created')}
              </tr>
            </thead>
            <tbody>
              {rows.map((lead) => (
                <tr key={lead.id} aria-selected={selected.has(lead.id)}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${lead.name}`}
                      checked={selected.has(lead.id)}
                      onChange={() => toggle(lead.id)}
                    />
                  </td>
                  <td className="num" data-testid="lead-score" data-label="Score">
                    <ScoreBadge
                      score={lead.score}
                      band={lead.scoreBand}
                      unscored={closedLeadScore(lead.status, lead.score)}
                    />
                  </td>
                  <td data-label="Name">
                    <Link to={`/leads/${lead.id}`}>{lead.name}</Link>
                    {lead.title && <div className="muted">{lead.title}</div>}
                  </td>
                  <td data-label="Company">{lead.company ?? '—'}</td>
                  <td data-label="Source">{sourceLabel(lead.source)}</td>
                  <td data-label="Status">
                    <LeadStatusBadge status={lead.status} />
                  </td>
                  <td data-label="Owner">
                    {lead.owner?.name ?? <span className="muted">Unassigned</span>}
                  </td>
                  <td data-label="Created">{formatDate(lead.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label="Pages">
        <span>
          {plural(leads.totalCount, hidesClosed ? 'open lead' : 'lead')} · page {page} of{' '}
          {Math.max(1, Math.ceil(leads.totalCount / PAGE_SIZE)).toLocaleString('en-US')}
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
            disabled={!leads.pageInfo.hasNextPage || !leads.pageInfo.endCursor}
            onClick={() => nextPage(leads.pageInfo.endCursor)}
          >
            Next
          </button>
        </span>
      </nav>
    </>
  );
}
