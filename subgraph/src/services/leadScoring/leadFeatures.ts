import type { Customer, Lead } from '../../db/generated/client';
import type { FeatureExtractor, FeatureSpec, RawValue } from '../../scoring/model/types';
import type { Actionable } from '../../scoring/explanation/findBestImprovement';
import { leadMetadata, leadMetadataText } from '../leads/leadMetadata';
import { regionFromCountry } from './regionFromCountry';
import { seniorityFromTitle } from './seniorityFromTitle';

export type LeadForScoring = Pick<
  Lead,
  | 'id'
  | 'source'
  | 'metadata'
  | 'customerId'
  | 'emailsCount'
  | 'callsCount'
  | 'meetingsCount'
  | 'visitsCount'
  | 'lastEngagedAt'
  | 'createdAt'
>;

export type CustomerForScoring = Pick<
  Customer,
  | 'healthScore'
  | 'activeUsers'
  | 'seats'
  | 'usageTrend'
  | 'plan'
  | 'mrr'
  | 'industry'
  | 'employees'
  | 'annualRevenue'
  | 'country'
>;

/** Deals won and lost with the lead's customer before `asOf`, the lead's own deal excluded. */
export type DealHistory = { won: number; lost: number };

export type LeadFeatureInput = {
  lead: LeadForScoring;
  /** The linked customer's signals; null when the lead has no customer (all signals missing). */
  customer: CustomerForScoring | null;
  history: DealHistory | null;
  /** The moment the lead is scored as of: now when scoring, the outcome time when training. */
  asOf: Date;
};

type LeadFeature = FeatureSpec & { value: (input: LeadFeatureInput) => RawValue };

const DAY = 86_400_000;

function num(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const x =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(x) ? x : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null;
}

/** Prisma Decimals (customer revenue) as text; other values unchanged. */
function decimalText(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'toFixed' in value
    ? (value as { toFixed(): string }).toFixed()
    : value;
}

const firmographic = (
  key: 'industry' | 'employees' | 'annualRevenue' | 'country',
  { lead, customer }: LeadFeatureInput,
) => leadMetadata(lead.metadata)[key] ?? customer?.[key] ?? null;

/**
 * Every lead feature the scoring models see, with its human label, in model order. Names match
 * the prior's documented weights (`priorWeights`); missing values stay missing (null).
 */
export const leadFeatures: LeadFeature[] = [
  {
    name: 'source',
    label: 'Lead source',
    kind: 'categorical',
    value: ({ lead }) => text(lead.source),
  },
  {
    name: 'industry',
    label: 'Industry',
    kind: 'categorical',
    value: (i) => text(firmographic('industry', i)),
  },
  {
    name: 'employees',
    label: 'Employees',
    kind: 'numeric',
    value: (i) => num(firmographic('employees', i)),
  },
  {
    name: 'annualRevenue',
    label: 'Annual revenue',
    kind: 'numeric',
    value: (i) => num(decimalText(firmographic('annualRevenue', i))),
  },
  {
    name: 'region',
    label: 'Region',
    kind: 'categorical',
    value: (i) => regionFromCountry(text(firmographic('country', i))),
  },
  {
    name: 'titleSeniority',
    label: 'Title seniority',
    kind: 'categorical',
    value: ({ lead }) => seniorityFromTitle(text(leadMetadataText(lead.metadata, 'title'))),
  },
  { name: 'emailsCount', label: 'Emails', kind: 'numeric', value: ({ lead }) => lead.emailsCount },
  { name: 'callsCount', label: 'Calls', kind: 'numeric', value: ({ lead }) => lead.callsCount },
  {
    name: 'meetingsCount',
    label: 'Meetings',
    kind: 'numeric',
    value: ({ lead }) => lead.meetingsCount,
  },
  {
    name: 'visitsCount',
    label: 'Site visits',
    kind: 'numeric',
    value: ({ lead }) => lead.visitsCount,
  },
  {
    name: 'daysSinceLastEngagement',
    label: 'Days since last engagement',
    kind: 'numeric',
    value: ({ lead, asOf }) =>
      lead.lastEngagedAt
        ? Math.max(0, Math.floor((asOf.getTime() - lead.lastEngagedAt.getTime()) / DAY))
        : null,
  },
  {
    name: 'healthScore',
    label: 'Health score',
    kind: 'numeric',
    value: ({ customer }) => customer?.healthScore ?? null,
  },
  {
    name: 'activeUsers',
    label: 'Active users',
    kind: 'numeric',
    value: ({ customer }) => customer?.activeUsers ?? null,
  },
  {
    name: 'seats',
    label: 'Seats',
    kind: 'numeric',
    value: ({ customer }) => customer?.seats ?? null,
  },
  {
    name: 'seatUtilisation',
    label: 'Seat utilisation',
    kind: 'numeric',
    value: ({ customer }) =>
      customer?.activeUsers != null && customer.seats
        ? Math.round((customer.activeUsers / customer.seats) * 100) / 100
        : null,
  },
  {
    name: 'usageTrend',
    label: 'Usage trend',
    kind: 'numeric',
    value: ({ customer }) => customer?.usageTrend ?? null,
  },
  {
    name: 'plan',
    label: 'Plan',
    kind: 'categorical',
    value: ({ customer }) => text(customer?.plan),
  },
  {
    name: 'mrr',
    label: 'MRR',
    kind: 'numeric',
    value: ({ customer }) => (customer?.mrr != null ? customer.mrr.toNumber() : null),
  },
  {
    name: 'dealsWon',
    label: 'Deals won with this customer',
    kind: 'numeric',
    value: ({ history }) => history?.won ?? null,
  },
  {
    name: 'dealsLost',
    label: 'Deals lost with this customer',
    kind: 'numeric',
    value: ({ history }) => history?.lost ?? null,
  },
];

export const leadFeatureSpecs: FeatureSpec[] = leadFeatures.map(({ name, label, kind }) => ({
  name,
  label,
  kind,
}));

/**
 * What a rep can change, the only features suggested as "what would raise the score most", and
 * how: counts only grow, and the days since the last engagement only go to 0 (engaging today). A
 * new-user session was told "going from 3 calls made to 0 would raise the score".
 */
export const actionableLeadFeatures: readonly Actionable[] = [
  { name: 'emailsCount', change: 'increase' },
  { name: 'callsCount', change: 'increase' },
  { name: 'meetingsCount', change: 'increase' },
  { name: 'visitsCount', change: 'increase' },
  { name: 'daysSinceLastEngagement', change: 'set', value: 0 },
];

export const leadFeatureExtractor: FeatureExtractor<LeadFeatureInput> = {
  features: leadFeatureSpecs,
  extract: (input) => leadFeatures.map((feature) => feature.value(input)),
};
