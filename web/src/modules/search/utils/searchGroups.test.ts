import { describe, expect, it } from 'vitest';
import { hitPath, searchGroups, type SearchHit } from './searchGroups';

const hit = (kind: SearchHit['kind'], id: string, rank: number): SearchHit => ({
  kind,
  id,
  title: id,
  subtitle: null,
  rank,
});

describe('searchGroups', () => {
  it('puts the group with the best hit first and keeps each group in rank order', () => {
    const groups = searchGroups([
      hit('DEAL', 'd1', 1.2),
      hit('LEAD', 'l1', 3.9),
      hit('CUSTOMER', 'c1', 2.5),
      hit('LEAD', 'l2', 1.1),
      hit('DEAL', 'd2', 2.8),
    ]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.id)])).toEqual([
      ['Leads', ['l1', 'l2']],
      ['Deals', ['d2', 'd1']],
      ['Customers', ['c1']],
    ]);
  });

  it('has no group for a kind without hits, and none at all without hits', () => {
    expect(searchGroups([hit('CUSTOMER', 'c1', 1)]).map((g) => g.kind)).toEqual(['CUSTOMER']);
    expect(searchGroups([])).toEqual([]);
  });
});

describe('hitPath', () => {
  it('opens each kind on its page', () => {
    expect(hitPath({ kind: 'DEAL', id: 'd1' })).toBe('/deals/d1');
    expect(hitPath({ kind: 'LEAD', id: 'l 1' })).toBe('/leads/l%201');
    expect(hitPath({ kind: 'CUSTOMER', id: 'c1' })).toBe('/customers/c1');
  });
});
