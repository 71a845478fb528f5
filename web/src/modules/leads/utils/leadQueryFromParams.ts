import type { LeadStatus, SortDirection } from '../../../__generated__/graphql';
import type { LeadFilter, LeadOrder, LeadOrderField } from '../../../__generated__/lazy';

export const LEAD_STATUSES: LeadStatus[] = [
  'NEW',
  'WORKING',
  'QUALIFIED',
  'DISQUALIFIED',
  'CONVERTED',
];
const SORT_FIELDS: LeadOrderField[] = ['SCORE', 'CREATED_AT', 'STATUS', 'NAME'];

function scoreParam(raw: string | null): number | undefined {
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

/** The statuses of leads still being worked: what the table lists unless asked for more. */
export const OPEN_LEAD_STATUSES: LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED'];

/**
 * The lead table's sort and filters, read from the URL (score, highest first, by default).
 * Converted leads are deals now and disqualified ones are done with, so the table lists open leads
 * (as the dashboard counts them) unless the URL asks for the closed ones too (`closed=show`; a
 * saved link's `converted=show` means the same) or picks a status. Ranked by their chance to
 * convert, a table that began with open leads ran on into thousands of unscored disqualified ones.
 */
export function leadQueryFromParams(params: URLSearchParams): {
  filter: LeadFilter;
  orderBy: LeadOrder;
  hidesClosed: boolean;
} {
  const sort = params.get('sort') as LeadOrderField | null;
  const field = sort && SORT_FIELDS.includes(sort) ? sort : 'SCORE';
  const dir = params.get('dir');
  const direction: SortDirection =
    dir === 'ASC' || dir === 'DESC' ? dir : field === 'NAME' ? 'ASC' : 'DESC';
  const filter: LeadFilter = {};
  const status = params.get('status') as LeadStatus | null;
  const hidesClosed =
    !(status && LEAD_STATUSES.includes(status)) &&
    params.get('closed') !== 'show' &&
    params.get('converted') !== 'show';
  if (status && LEAD_STATUSES.includes(status)) filter.status = [status];
  else if (hidesClosed) filter.status = OPEN_LEAD_STATUSES;
  const source = params.get('source');
  if (source) filter.source = [source];
  const owner = params.get('owner');
  if (owner === 'none') filter.unassigned = true;
  else if (owner) filter.ownerId = owner;
  const minScore = scoreParam(params.get('minScore'));
  const maxScore = scoreParam(params.get('maxScore'));
  if (minScore != null) filter.minScore = minScore;
  if (maxScore != null) filter.maxScore = maxScore;
  const q = params.get('q');
  if (q) filter.search = q;
  return { filter, orderBy: { field, direction }, hidesClosed };
}

/**
 * The URL after picking a sort (a header button or the phone Sort menu): `sort` and `dir` set,
 * the page dropped since it belonged to the old order.
 */
export function withLeadSort(
  params: URLSearchParams,
  field: LeadOrderField,
  direction: SortDirection,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('sort', field);
  next.set('dir', direction);
  next.delete('page');
  next.delete('after');
  return next;
}
