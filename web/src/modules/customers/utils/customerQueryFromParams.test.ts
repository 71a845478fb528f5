import { describe, expect, it } from 'vitest';
import { customerQueryFromParams, nextCustomerDirection } from './customerQueryFromParams';

const query = (params: string) => customerQueryFromParams(new URLSearchParams(params));

describe('customerQueryFromParams', () => {
  it('sorts by name A-Z unless the URL says otherwise', () => {
    expect(query('')).toEqual({
      sort: 'name',
      direction: 'ASC',
      variables: { sortBy: 'NAME', direction: 'ASC' },
    });
  });

  it('reads the sort, its direction and the search, health and MRR highest first by default', () => {
    expect(query('sort=health').variables).toEqual({ sortBy: 'HEALTH_SCORE', direction: 'DESC' });
    expect(query('sort=mrr&dir=ASC&q=%20Labs%20').variables).toEqual({
      sortBy: 'MRR',
      direction: 'ASC',
      search: 'Labs',
    });
  });

  it('falls back to the default for a sort the CRM cannot do or a bad direction', () => {
    expect(query('sort=open&dir=DESC').variables).toEqual({ sortBy: 'NAME', direction: 'DESC' });
    expect(query('sort=toString').sort).toBe('name');
    expect(query('sort=health&dir=up').direction).toBe('DESC');
  });

  it('flips the direction on a second click, and starts a new sort in its own default', () => {
    expect(nextCustomerDirection({ sort: 'health', direction: 'DESC' }, 'health')).toBe('ASC');
    expect(nextCustomerDirection({ sort: 'health', direction: 'ASC' }, 'health')).toBe('DESC');
    expect(nextCustomerDirection({ sort: 'health', direction: 'ASC' }, 'name')).toBe('ASC');
    expect(nextCustomerDirection({ sort: 'name', direction: 'ASC' }, 'mrr')).toBe('DESC');
  });
});
