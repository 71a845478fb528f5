import { createRandom } from './random';

/**
 * The demo tenant's customers, generated from a seed. The sales seed stores their signals and the
 * demo CRM subgraph serves their names, plans and MRR, so both sides agree on the same customers.
 */
export type DemoCustomer = {
  id: string;
  name: string;
  /** Latent account quality in [-1, 1]: drives health, usage and (in the seed) win rates. */
  quality: number;
  healthScore: number;
  seats: number;
  activeUsers: number;
  usageTrend: number;
  industry: string;
  employees: number;
  annualRevenue: number;
  country: string;
  plan: 'free' | 'starter' | 'pro' | 'enterprise';
  mrr: number;
  email: string;
};

export const DEMO_CUSTOMER_COUNT = 300;

const PREFIXES = [
  'Blue',
  'North',
  'Silver',
  'Bright',
  'Red',
  'Green',
  'Iron',
  'Swift',
  'Clear',
  'Summit',
  'Harbor',
  'Pine',
  'Stone',
  'Nova',
  'Atlas',
  'Cedar',
  'Falcon',
  'Quantum',
  'Polar',
  'Vertex',
];
const SUFFIXES = [
  'Labs',
  'Systems',
  'Logistics',
  'Health',
  'Retail',
  'Foods',
  'Energy',
  'Capital',
  'Works',
  'Media',
  'Robotics',
  'Analytics',
  'Motors',
  'Studios',
  'Partners',
];
export const INDUSTRIES = [
  'software',
  'retail',
  'manufacturing',
  'healthcare',
  'finance',
  'logistics',
  'education',
  'media',
] as const;
export const COUNTRIES = [
  'US',
  'US',
  'US',
  'GB',
  'DE',
  'FR',
  'NL',
  'CA',
  'AU',
  'BR',
  'IN',
  'JP',
] as const;
const PLAN_PRICE = { free: 0, starter: 15, pro: 40, enterprise: 85 } as const;

export function demoCustomers(seed = 42, count = DEMO_CUSTOMER_COUNT): DemoCustomer[] {
  const random = createRandom(seed * 7919 + 17);
  const customers: DemoCustomer[] = [];
  const used = new Set<string>();
  for (let i = 1; i <= count; i++) {
    let name = `${random.pick(PREFIXES)} ${random.pick(SUFFIXES)}`;
    while (used.has(name)) name = `${name} ${random.int(2, 99)}`;
    used.add(name);
    const quality = Math.max(-1, Math.min(1, random.normal(0, 0.5)));
    const employees = Math.round(Math.exp(random.normal(4.2, 1.3))) + 3;
    const plan = random.weighted([
      ['free', employees < 30 ? 3 : 1],
      ['starter', 3],
      ['pro', employees > 80 ? 4 : 2],
      ['enterprise', employees > 400 ? 4 : 0.3],
    ] as const);
    const seats = Math.max(3, Math.round(employees * (0.1 + random.next() * 0.4)));
    const utilisation = Math.max(
      0.05,
      Math.min(1.1, 0.55 + 0.35 * quality + random.normal(0, 0.12)),
    );
    customers.push({
      id: `cus-${String(i).padStart(4, '0')}`,
      name,
      quality,
      healthScore: Math.round(Math.max(1, Math.min(100, 60 + 35 * quality + random.normal(0, 10)))),
      seats,
      activeUsers: Math.round(seats * utilisation),
      usageTrend: Math.round((0.25 * quality + random.normal(0, 0.12)) * 100) / 100,
      industry: random.pick(INDUSTRIES),
      employees,
      annualRevenue: Math.round(employees * (60_000 + random.next() * 140_000)),
      country: random.pick(COUNTRIES),
      plan,
      mrr: PLAN_PRICE[plan] * seats,
      email: `ops@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
    });
  }
  return customers;
}
