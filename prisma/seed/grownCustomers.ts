import type { DemoCustomer } from './demoCustomers';

/**
 * The customers the benches add to the sales database (`growSalesData`: `grow-cus-1` … `grow-cus-N`),
 * as the demo CRM subgraph serves them when told how many there are (`CRM_GROWN_CUSTOMERS`). With
 * them, a card of a grown deal has its customer's name through the gateway, as a user's board does;
 * without, the gateway nulls the customer and reports an error per card. The signals are the ones
 * `growSalesData` stores (its test checks that they agree).
 */
export function grownCustomers(count: number): DemoCustomer[] {
  return Array.from({ length: count }, (_, index) => {
    const g = index + 1;
    return {
      id: `grow-cus-${g}`,
      name: `Grown Customer ${g}`,
      quality: 0,
      healthScore: (g * 37) % 101,
      seats: 10 + (g % 90),
      activeUsers: 5 + (g % 50),
      usageTrend: 0,
      industry: GROWN_INDUSTRIES[g % GROWN_INDUSTRIES.length]!,
      employees: 50,
      annualRevenue: 5_000_000,
      country: GROWN_COUNTRIES[g % GROWN_COUNTRIES.length]!,
      plan: GROWN_PLANS[g % GROWN_PLANS.length]!,
      mrr: 500,
      email: `billing@grown-customer-${g}.example`,
    };
  });
}

export const GROWN_INDUSTRIES = ['Software', 'Retail', 'Finance', 'Health'] as const;
export const GROWN_COUNTRIES = ['US', 'DE', 'FR', 'GB', 'IN'] as const;
export const GROWN_PLANS = ['free', 'pro', 'enterprise'] as const;
