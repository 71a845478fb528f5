import { useBoardFilterOptionsQuery } from '../../../__generated__/graphql';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useUpdateSearchParams } from '../../../lib/useUpdateSearchParams';
import { amountError } from '../../../lib/amountError';
import { FilterPanel } from '../../../ui/FilterPanel';
import { UserOptions } from '../../../ui/UserOptions';

const FILTERS = ['q', 'owner', 'customer', 'min', 'max', 'rotting'];

export function BoardFilters() {
  const [params, update] = useUpdateSearchParams();
  const { data } = useBoardFilterOptionsQuery();
  const [min, setMin] = useDebouncedParam('min', params, update);
  const [max, setMax] = useDebouncedParam('max', params, update);
  const [search, setSearch] = useDebouncedParam('q', params, update);
  const invalidRange = min !== '' && max !== '' && Number(min) > Number(max);
  const badAmount = (min && amountError(min)) || (max && amountError(max)) || undefined;
  const active = FILTERS.filter((k) => params.has(k)).length;

  return (
    <FilterPanel active={active}>
      <form className="filters" aria-label="Board filters" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__item">
          <span>Search</span>
          <input
            type="search"
            value={search}
            placeholder="Deal title"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="filters__item">
          <span>Owner</span>
          <select
            value={params.get('owner') ?? ''}
            onChange={(e) => update({ owner: e.target.value })}
          >
            <option value="">Anyone</option>
            <UserOptions users={data?.users} />
          </select>
        </label>
        <label className="filters__item">
          <span>Customer</span>
          <select
            value={params.get('customer') ?? ''}
            onChange={(e) => update({ customer: e.target.value })}
          >
            <option value="">Any customer</option>
            {data?.customers
              .slice()
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <label className="filters__item filters__item--narrow">
          <span>Min value</span>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            value={min}
            onChange={(e) => setMin(e.target.value)}
            aria-invalid={invalidRange || Boolean(min && amountError(min))}
          />
        </label>
        <label className="filters__item filters__item--narrow">
          <span>Max value</span>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            value={max}
            onChange={(e) => setMax(e.target.value)}
            aria-invalid={invalidRange || Boolean(max && amountError(max))}
          />
        </label>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={params.get('rotting') === '1'}
            onChange={(e) => update({ rotting: e.target.checked ? '1' : '' })}
          />
          Rotting only
        </label>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={params.get('density') === 'compact'}
            onChange={(e) => update({ density: e.target.checked ? 'compact' : '' })}
          />
          Compact cards
        </label>
        {active > 0 && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => update(Object.fromEntries(FILTERS.map((k) => [k, ''])))}
          >
            Clear filters
          </button>
        )}
        {badAmount && (
          <span className="filters__error" role="alert">
            {badAmount}
          </span>
        )}
        {invalidRange && (
          <span className="filters__error" role="alert">
            Min value is above max value.
          </span>
        )}
      </form>
    </FilterPanel>
  );
}
