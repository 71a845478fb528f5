import { formatNumber } from '../../scoring/model/formatNumber';
import type { FeatureSpec, MainTerm, Model } from '../../scoring/model/types';

/** The lead features the prior knows about (the database side may pass its own specs). */
export const priorFeatureSpecs: FeatureSpec[] = [
  { name: 'source', label: 'Lead source', kind: 'categorical' },
  { name: 'industry', label: 'Industry', kind: 'categorical' },
  { name: 'employees', label: 'Employees', kind: 'numeric' },
  { name: 'annualRevenue', label: 'Annual revenue', kind: 'numeric' },
  { name: 'region', label: 'Region', kind: 'categorical' },
  { name: 'titleSeniority', label: 'Title seniority', kind: 'categorical' },
  { name: 'emailsCount', label: 'Emails', kind: 'numeric' },
  { name: 'callsCount', label: 'Calls', kind: 'numeric' },
  { name: 'meetingsCount', label: 'Meetings', kind: 'numeric' },
  { name: 'visitsCount', label: 'Site visits', kind: 'numeric' },
  { name: 'daysSinceLastEngagement', label: 'Days since last engagement', kind: 'numeric' },
  { name: 'healthScore', label: 'Health score', kind: 'numeric' },
  { name: 'activeUsers', label: 'Active users', kind: 'numeric' },
  { name: 'seats', label: 'Seats', kind: 'numeric' },
  { name: 'seatUtilisation', label: 'Seat utilisation', kind: 'numeric' },
  { name: 'usageTrend', label: 'Usage trend', kind: 'numeric' },
  { name: 'plan', label: 'Plan', kind: 'categorical' },
  { name: 'mrr', label: 'MRR', kind: 'numeric' },
  { name: 'dealsWon', label: 'Deals won', kind: 'numeric' },
  { name: 'dealsLost', label: 'Deals lost', kind: 'numeric' },
];

/** A base rate of 20% qualified leads: logit(0.2). */
const PRIOR_INTERCEPT = Math.log(0.2 / 0.8);

type NumericWeights = { edges: number[]; scores: number[]; missing: number };
type CategoricalWeights = { scores: Record<string, number>; other: number; missing: number };

/*
 * Logit contributions relative to a typical lead (+0.7 roughly doubles the odds). The values
 * encode common B2B sales experience, deliberately modest so a trained model soon beats them:
 * warm sources (referral, partner) convert far better than cold outreach; senior titles can
 * buy; recent, two-way engagement (meetings > calls > emails > visits) is the strongest
 * signal and goes stale within weeks; an existing customer that is healthy, growing and near
 * its seat limit is an expansion candidate; past wins with the account help, losses hurt.
 * Numeric tables: `scores[k]` applies to values in [edges[k-1], edges[k]).
 * Industry and region carry no prior weight: their direction differs per tenant.
 */
export const priorWeights: Record<string, NumericWeights | CategoricalWeights> = {
  source: {
    scores: {
      referral: 0.9,
      partner: 0.6,
      event: 0.4,
      website: 0.2,
      paid_ads: -0.1,
      outbound: -0.4,
      other: -0.2,
    },
    other: -0.2,
    missing: -0.2,
  },
  titleSeniority: {
    scores: {
      c_level: 0.5,
      vp: 0.5,
      director: 0.35,
      manager: 0.1,
      individual: -0.3,
      unknown: -0.2,
    },
    other: -0.2,
    missing: -0.2,
  },
  employees: {
    edges: [10, 50, 200, 1000, 5000],
    scores: [-0.4, -0.1, 0.1, 0.25, 0.3, 0.2],
    missing: -0.1,
  },
  annualRevenue: { edges: [1e6, 1e7, 1e8, 1e9], scores: [-0.3, 0, 0.2, 0.3, 0.3], missing: 0 },
  emailsCount: { edges: [1, 3, 10], scores: [-0.3, 0, 0.2, 0.3], missing: 0 },
  callsCount: { edges: [1, 3], scores: [-0.2, 0.2, 0.4], missing: 0 },
  meetingsCount: { edges: [1, 2, 4], scores: [-0.4, 0.5, 0.8, 1.0], missing: 0 },
  visitsCount: { edges: [1, 5, 20], scores: [-0.2, 0.1, 0.3, 0.4], missing: 0 },
  daysSinceLastEngagement: {
    edges: [7, 30, 90, 180],
    scores: [0.6, 0.2, -0.3, -0.8, -1.2],
    missing: -0.5,
  },
  healthScore: { edges: [40, 60, 80], scores: [-0.6, -0.1, 0.3, 0.6], missing: 0 },
  activeUsers: { edges: [1, 5, 20], scores: [-0.3, 0, 0.2, 0.3], missing: 0 },
  seats: { edges: [5, 20, 100], scores: [0, 0.1, 0.2, 0.3], missing: 0 },
  seatUtilisation: { edges: [0.3, 0.6, 0.9], scores: [-0.5, 0, 0.3, 0.6], missing: 0 },
  usageTrend: { edges: [-0.2, -0.05, 0.05, 0.2], scores: [-0.6, -0.2, 0, 0.2, 0.5], missing: 0 },
  plan: { scores: { free: 0, starter: 0.1, pro: 0.2, enterprise: 0.3 }, other: 0, missing: 0 },
  mrr: { edges: [100, 1000, 10000], scores: [0, 0.1, 0.2, 0.3], missing: 0 },
  dealsWon: { edges: [1, 3], scores: [0, 0.5, 0.8], missing: 0 },
  dealsLost: { edges: [1, 3], scores: [0, -0.2, -0.4], missing: 0 },
};

/**
 * The cold-start model: the weights above as an additive model in the same JSON format as a
 * trained one, so scoring and explanations are shared. Features without weights score 0.
 */
export function buildPriorModel(features: FeatureSpec[] = priorFeatureSpecs): Model {
  return {
    format: 'additive-model/v1',
    kind: 'prior',
    intercept: PRIOR_INTERCEPT,
    terms: features.map((feature) => priorTerm(feature, priorWeights[feature.name])),
    pairs: [],
    meta: {
      seed: null,
      trainRows: 0,
      positiveRate: 0.2,
      bags: 0,
      mainRounds: [],
      pairRounds: [],
      learningRate: 0,
      calibration: null,
      notes: 'Hand-specified prior; weights documented in subgraph/src/scoring/priorModel.ts',
    },
  };
}

function priorTerm(
  feature: FeatureSpec,
  weights: NumericWeights | CategoricalWeights | undefined,
): MainTerm {
  if (feature.kind === 'numeric') {
    const w = weights && 'edges' in weights ? weights : { edges: [], scores: [0], missing: 0 };
    const e = w.edges.map(formatNumber);
    const display = [
      'missing',
      ...w.scores.map((_, k) =>
        k === 0 ? `< ${e[0]}` : k === e.length ? `≥ ${e[k - 1]}` : `${e[k - 1]}–${e[k]}`,
      ),
    ];
    if (w.edges.length === 0) display[1] = 'any';
    return {
      feature,
      binning: { kind: 'numeric', edges: w.edges },
      scores: [w.missing, ...w.scores],
      counts: display.map(() => 1),
      display,
    };
  }
  const w = weights && 'other' in weights ? weights : { scores: {}, other: 0, missing: 0 };
  const categories = Object.keys(w.scores);
  return {
    feature,
    binning: { kind: 'categorical', categories },
    scores: [w.missing, w.other, ...categories.map((c) => w.scores[c]!)],
    counts: [1, 1, ...categories.map(() => 1)],
    display: ['missing', 'other', ...categories],
  };
}
