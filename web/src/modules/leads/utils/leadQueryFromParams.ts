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

/**
 * The lead table's sort and filters, read from the URL (score, highest first, by default).
 * Converted leads are deals now, so the table leaves them out unless the URL asks for them
 * (`converted=show`) or picks a status.
 */
export function leadQueryFromParams(params: URLSearchParams): {
  filter: LeadFilter;
  orderBy: LeadOrder;
  hidesConverted: boolean;
} {
  const sort = params.get('sort') as LeadOrderField | null;
  const field = sort && SORT_FIELDS.includes(sort) ? sort : 'SCORE';
  const dir = params.get('dir');
  const direction: SortDirection =
    dir === 'ASC' || dir === 'DESC' ? dir : field === 'NAME' ? 'ASC' : 'DESC';
  const filter: LeadFilter = {};
  const status = params.get('status') as LeadStatus | null;
  const hidesConverted =
    !(status && LEAD_STATUSES.includes(status)) && params.get('converted') !== 'show';
  if (status && LEAD_STATUSES.includes(status)) filter.status = [status];
  else if (hidesConverted) filter.status = LEAD_STATUSES.filter((s) => s !== 'CONVERTED');
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
  return { filter, orderBy: { field, direction }, hidesConverted };
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
