import type { SearchQuery, SearchResultKind } from '../../../__generated__/lazy';

export type SearchHit = SearchQuery['search'][number];
export type SearchGroup = { kind: SearchResultKind; label: string; hits: SearchHit[] };

const LABELS: Record<SearchResultKind, string> = {
  DEAL: 'Deals',
  LEAD: 'Leads',
  CUSTOMER: 'Customers',
};

/**
 * The server's ranked hits grouped by kind: the group holding the best hit first, each group in
 * rank order. The keyboard walks the groups in this order (`hits` flattened).
 */
export function searchGroups(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchResultKind, SearchGroup>();
  const ranked = [...hits].sort((a, b) => b.rank - a.rank);
  for (const hit of ranked) {
    let group = groups.get(hit.kind);
    if (!group) {
      group = { kind: hit.kind, label: LABELS[hit.kind], hits: [] };
      groups.set(hit.kind, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** Where a hit opens. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  const base = { DEAL: '/deals', LEAD: '/leads', CUSTOMER: '/customers' }[hit.kind];
  return `${base}/${encodeURIComponent(hit.id)}`;
}
