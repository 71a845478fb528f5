import { describe, expect, it } from 'vitest';
import { CUSTOMER_PAGE_SIZE, customerListView, nextCustomerSort } from './customerListView';

const customer = (name: string, healthScore: number, amount?: string) => ({
  __typename: 'Customer' as const,
  id: name,
  name,
  healthScore,
  plan: 'pro',
  industry: 'SaaS',
  country: 'DE',
  openDealTotals: amount ? [{ __typename: 'MoneyTotal' as const, currency: 'USD', amount }] : [],
});
const customers = [
  customer('Beta', 40, '100.00'),
  customer('alpha', 90),
  customer('Gamma', 40, '2500.50'),
  customer('Delta', 75, '99.99'),
];
const names = (params: string) =>
  customerListView(customers, new URLSearchParams(params)).rows.map((c) => c.name);

describe('customerListView', () => {
  it('sorts by open pipeline, largest first, by default, customers without deals last', () => {
    expect(names('')).toEqual(['Gamma', 'Beta', 'Delta', 'alpha']);
  });

  it('sorts by name or health in either direction, ties by name', () => {
    expect(names('sort=name')).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    expect(names('sort=name&dir=DESC')).toEqual(['Gamma', 'Delta', 'Beta', 'alpha']);
    expect(names('sort=health')).toEqual(['alpha', 'Delta', 'Beta', 'Gamma']);
    expect(names('sort=health&dir=ASC')).toEqual(['Beta', 'Gamma', 'Delta', 'alpha']);
  });

  it('filters by name and ignores what it does not know', () => {
    expect(names('q=ta')).toEqual(['Beta', 'Delta']);
    expect(names('sort=nonsense&dir=sideways')).toEqual(names(''));
  });

  it('cuts pages, keeping a page past the end on the last one', () => {
    const many = Array.from({ length: CUSTOMER_PAGE_SIZE + 3 }, (_, i) =>
      customer(`C${String(i).padStart(3, '0')}`, i),
    );
    const second = customerListView(many, new URLSearchParams('sort=name&page=2'));
    expect(second).toMatchObject({ total: CUSTOMER_PAGE_SIZE + 3, page: 2, pages: 2 });
    expect(second.rows.map((c) => c.name)).toEqual(['C050', 'C051', 'C052']);
    expect(customerListView(many, new URLSearchParams('sort=name&page=9')).page).toBe(2);
  });

  it('flips the direction of the current sort, else starts from the column’s natural one', () => {
    expect(nextCustomerSort({ sort: 'name', dir: 'ASC' }, 'name')).toBe('DESC');
    expect(nextCustomerSort({ sort: 'name', dir: 'ASC' }, 'health')).toBe('DESC');
    expect(nextCustomerSort({ sort: 'open', dir: 'DESC' }, 'name')).toBe('ASC');
  });
});
