import { sourceLabel } from './sourceLabel';
import { plural } from '../../../lib/plural';

/**
 * A scoring factor as a sentence a sales rep reads: the feature with its value in units
 * ("Health score is 82", "2 meetings held", "Annual revenue is $672,896"), pairs as
 * "A together with B". Values come from the server as text ("0.93", "missing").
 */
type Say = (value: string, n: number) => string;

const count =
  (one: string, many: string, verb = ''): Say =>
  (_, n) =>
    `${plural(n, one, many)}${verb}`;
const money: Say = (_, n) =>
  n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const NUMERIC: Record<string, [string, Say]> = {
  employees: ['Company size', count('employee', 'employees')],
  annualRevenue: ['Annual revenue', (v, n) => `annual revenue of ${money(v, n)}`],
  emailsCount: ['Emails', count('email', 'emails', ' exchanged')],
  callsCount: ['Calls', count('call', 'calls', ' made')],
  meetingsCount: ['Meetings', count('meeting', 'meetings', ' held')],
  visitsCount: ['Site visits', count('site visit', 'site visits')],
  daysSinceLastEngagement: [
    'Last engagement',
    (_, n) => (n === 0 ? 'engaged today' : `last engaged ${count('day', 'days')('', n)} ago`),
  ],
  // The usage signals' health score, not the CRM's (the customer page shows both, named).
  healthScore: ['Health score', (_, n) => `health score of ${n} out of 100 in the usage signals`],
  activeUsers: ['Active users', count('active user', 'active users')],
  seats: ['Seats', count('seat', 'seats', ' bought')],
  seatUtilisation: ['Seat use', (_, n) => `${Math.round(n * 100)} % of bought seats in use`],
  usageTrend: [
    'Usage trend',
    (_, n) =>
      n === 0 ? 'usage flat' : `usage ${n > 0 ? 'up' : 'down'} ${Math.round(Math.abs(n) * 100)} %`,
  ],
  mrr: ['Monthly revenue', (v, n) => `${money(v, n)} monthly recurring revenue`],
  dealsWon: ['Deals won', count('deal won', 'deals won', ' with this customer')],
  dealsLost: ['Deals lost', count('deal lost', 'deals lost', ' with this customer')],
};

const CATEGORY: Record<string, string> = {
  source: 'came from',
  industry: 'industry:',
  region: 'region:',
  titleSeniority: 'contact is',
  plan: 'on the plan',
};

// The scoring model's seniority codes (seniorityFromTitle on the server) in words.
const SENIORITY: Record<string, string> = {
  c_level: 'C-level',
  vp: 'a VP',
  director: 'a director',
  manager: 'a manager',
  individual: 'an individual contributor',
};

/** A categorical value in words: the source's label, a seniority, else the code without "_". */
function categoryValue(feature: string, value: string): string {
  if (feature === 'source') return sourceLabel(value);
  if (feature === 'titleSeniority') return SENIORITY[value] ?? value.replace(/_/g, ' ');
  return value.replace(/_/g, ' ');
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function phrase(feature: string, label: string, value: string | null | undefined): string {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'missing')
    return `${(NUMERIC[feature]?.[0] ?? label).toLowerCase()} not known`;
  const numeric = NUMERIC[feature];
  const n = Number(v.replace(/,/g, ''));
  if (numeric && Number.isFinite(n)) return numeric[1](v, n);
  const lead = CATEGORY[feature];
  if (lead) return `${lead} ${categoryValue(feature, v)}`;
  return `${label.toLowerCase()}: ${v}`;
}

/** The sentence for one factor; `feature` "a × b" with value "x, y" is a pair. */
export function describeFactor(factor: {
  feature: string;
  label: string;
  value?: string | null;
}): string {
  const features = factor.feature.split(' × ');
  if (features.length === 2) {
    const labels = factor.label.split(' × ');
    const values = (factor.value ?? '').split(', ');
    const [a, b] = features.map((f, i) => phrase(f, labels[i] ?? f, values[i]));
    return capital(`${a} together with ${b}`);
  }
  return capital(phrase(factor.feature, factor.label, factor.value));
}

/** A short name for a factor on a chart axis: the feature's label, or "A + B" for a pair. */
export function factorName(factor: { feature: string; label: string }): string {
  const features = factor.feature.split(' × ');
  if (features.length === 2) return factor.label.replace(' × ', ' + ');
  return NUMERIC[factor.feature]?.[0] ?? factor.label;
}

/** A change's value in words, for "what would help most" ("from 0 to 2 meetings held"). */
export function describeValue(feature: string, label: string, value: string): string {
  return phrase(feature, label, value);
}
