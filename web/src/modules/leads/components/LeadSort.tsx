import { useSearchParams } from 'react-router';
import type { SortDirection } from '../../../__generated__/graphql';
import type { LeadOrderField } from '../../../__generated__/lazy';
import { SortSelect, type SortOption } from '../../../ui/SortSelect';
import { leadQueryFromParams, withLeadSort } from '../utils/leadQueryFromParams';

// Every order the lead table's header offers, both ways. Status follows a lead's life: new,
// working, qualified, disqualified, converted.
const SORT_OPTIONS: readonly SortOption<LeadOrderField, SortDirection>[] = [
  { column: 'SCORE', direction: 'DESC', label: 'Score, highest first' },
  { column: 'SCORE', direction: 'ASC', label: 'Score, lowest first' },
  { column: 'NAME', direction: 'ASC', label: 'Name, A to Z' },
  { column: 'NAME', direction: 'DESC', label: 'Name, Z to A' },
  { column: 'STATUS', direction: 'ASC', label: 'Status, new first' },
  { column: 'STATUS', direction: 'DESC', label: 'Status, furthest along first' },
  { column: 'CREATED_AT', direction: 'DESC', label: 'Created, newest first' },
  { column: 'CREATED_AT', direction: 'ASC', label: 'Created, oldest first' },
];

/**
 * The lead table's sort on a phone, where its header folds into the cards (shown only at 720 px
 * and below). It writes the URL the way the header's buttons do.
 */
export function LeadSort() {
  const [params, setParams] = useSearchParams();
  const { orderBy } = leadQueryFromParams(params);
  return (
    <SortSelect
      column={orderBy.field}
      direction={orderBy.direction}
      options={SORT_OPTIONS}
      onChange={(field, direction) => setParams((prev) => withLeadSort(prev, field, direction))}
    />
  );
}
