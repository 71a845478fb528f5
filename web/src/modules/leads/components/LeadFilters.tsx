import { useEffect, useState } from 'react';
import { useLeadFilterOptionsQuery } from '../../../__generated__/lazy';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { FilterPanel } from '../../../ui/FilterPanel';
import { UserOptions } from '../../../ui/UserOptions';
import { LEAD_STATUSES } from '../utils/leadQueryFromParams';
import { sourceLabel } from '../utils/sourceLabel';

const FILTERS = ['q', 'status', 'closed', 'converted', 'source', 'owner', 'minScore', 'maxScore'];

export function LeadFilters() {
  const [params, update] = useUpdateSearchParams();
  const { data } = useLeadFilterOptionsQuery();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [minScore, setMinScore] = useState(params.get('minScore') ?? '');
  const [maxScore, setMaxScore] = useState(params.get('maxScore') ?? '');
  const outOfRange = (v: string) =>
    v !== '' && !(Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 100);
  const rangeError =
    outOfRange(minScore) || outOfRange(maxScore)
      ? 'Scores are whole numbers from 0 to 100.'
      : minScore !== '' && maxScore !== '' && Number(minScore) > Number(maxScore)
        ? 'Min score is above max score.'
        : null;

  // Back, Forward and "Clear filters" change the URL under the typed fields: they follow it.
  const [urlSearch, urlMin, urlMax] = ['q', 'minScore', 'maxScore'].map((k) => params.get(k) ?? '');
  useEffect(() => setSearch(urlSearch ?? ''), [urlSearch]);
  useEffect(() => setMinScore(urlMin ?? ''), [urlMin]);
  useEffect(() => setMaxScore(urlMax ?? ''), [urlMax]);
  const active = FILTERS.filter((k) => params.has(k)).length;

  useEffect(() => {
    const timer = setTimeout(() => {
      if (rangeError) return;
      if (
        search !== (params.get('q') ?? '') ||
        minScore !== (params.get('minScore') ?? '') ||
        maxScore !== (params.get('maxScore') ?? '')
      ) {
        update({ q: search, minScore, maxScore });
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [search, minScore, maxScore, rangeError]);

  return (
    <FilterPanel active={active}>
      <form className="filters" aria-label="Lead filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__item">
          <span>Search</span>
          <input
            type="search"
            value={search}
            placeholder="Name, company, email"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="filters__item">
          <span>Status</span>
          <select
            value={params.get('status') ?? ''}
            onChange={(e) => update({ status: e.target.value })}
          >
            <option value="">Any status</option>
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={
              params.get('closed') === 'show' ||
              params.get('converted') === 'show' ||
              params.get('status') === 'CONVERTED' ||
              params.get('status') === 'DISQUALIFIED'
            }
            disabled={params.has('status')}
            onChange={(e) => update({ closed: e.target.checked ? 'show' : '', converted: '' })}
          />
          <span>Include converted and disqualified</span>
        </label>
        <label className="filters__item">
          <span>Source</span>
          <select
            value={params.get('source') ?? ''}
            onChange={(e) => update({ source: e.target.value })}
          >
            <option value="">Any source</option>
            {data?.leadSources.map((s) => (
              <option key={s} value={s}>
                {sourceLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__item">
          <span>Owner</span>
          <select
            value={params.get('owner') ?? ''}
            onChange={(e) => update({ owner: e.target.value })}
          >
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            <UserOptions users={data?.users} />
          </select>
        </label>
        <label className="filters__item filters__item--narrow">
          <span>Min score</span>
          <input
            type="number"
            min={0}
            max={100}
            value={minScore}
            onChange={(e) => setMinScore(e.target.value)}
            aria-invalid={Boolean(rangeError)}
          />
        </label>
        <label className="filters__item filters__item--narrow">
          <span>Max score</span>
          <input
            type="number"
            min={0}
            max={100}
            value={maxScore}
            onChange={(e) => setMaxScore(e.target.value)}
            aria-invalid={Boolean(rangeError)}
          />
        </label>
        {active > 0 && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setSearch('');
              setMinScore('');
              setMaxScore('');
              update(Object.fromEntries(FILTERS.map((k) => [k, ''])));
            }}
          >
            Clear filters
          </button>
        )}
        {rangeError && (
          <span className="filters__error" role="alert">
            {rangeError}
          </span>
        )}
      </form>
    </FilterPanel>
  );
}
