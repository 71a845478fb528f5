import type { LeadStatus } from '../../db/generated/client';

export type FieldType = 'TEXT' | 'NUMBER' | 'CHOICE';
/** Which events a field can be read on: a deal's fields exist only for deal triggers. */
export type FieldScope = 'LEAD' | 'DEAL';

export type ConditionField = {
  key: string;
  label: string;
  type: FieldType;
  scope: FieldScope;
  /** CHOICE fields: the allowed values. */
  choices?: readonly string[];
  /** NUMBER fields: the values the field can take (a bound outside them is a mistake). */
  range?: { min: number; max: number };
};

const SCORE = { min: 0, max: 100 };
const COUNT = { min: 0, max: Infinity };

const LEAD_STATUSES: readonly LeadStatus[] = [
  'NEW',
  'WORKING',
  'QUALIFIED',
  'DISQUALIFIED',
  'CONVERTED',
];

const lead = (
  key: string,
  label: string,
  type: FieldType,
  choices?: readonly string[],
  range?: ConditionField['range'],
) =>
  ({
    key,
    label,
    type,
    scope: 'LEAD',
    ...(choices ? { choices } : {}),
    ...(range ? { range } : {}),
  }) as ConditionField;

/**
 * What a rule or automation can test: the lead, its firmographics (the lead's own, else its
 * customer's), the linked customer's signals, the score, and for deal triggers the deal.
 */
export const CONDITION_FIELDS: readonly ConditionField[] = [
  lead('score', 'Score', 'NUMBER', undefined, SCORE),
  lead('band', 'Score band', 'CHOICE', ['hot', 'warm', 'cool', 'cold']),
  lead('source', 'Source', 'TEXT'),
  lead('status', 'Status', 'CHOICE', LEAD_STATUSES),
  lead('name', 'Name', 'TEXT'),
  lead('email', 'Email', 'TEXT'),
  lead('emailDomain', 'Email domain', 'TEXT'),
  lead('company', 'Company', 'TEXT'),
  lead('title', 'Job title', 'TEXT'),
  lead('industry', 'Industry', 'TEXT'),
  lead('employees', 'Employees', 'NUMBER', undefined, COUNT),
  lead('annualRevenue', 'Annual revenue', 'NUMBER', undefined, COUNT),
  lead('country', 'Country', 'TEXT'),
  lead('region', 'Region', 'CHOICE', [
    'north_america',
    'latin_america',
    'europe',
    'middle_east_africa',
    'apac',
    'other',
  ]),
  lead('emailsCount', 'Emails', 'NUMBER', undefined, COUNT),
  lead('callsCount', 'Calls', 'NUMBER', undefined, COUNT),
  lead('meetingsCount', 'Meetings', 'NUMBER', undefined, COUNT),
  lead('visitsCount', 'Site visits', 'NUMBER', undefined, COUNT),
  lead('customer.healthScore', 'Customer health score', 'NUMBER', undefined, SCORE),
  lead('customer.plan', 'Customer plan', 'TEXT'),
  lead('customer.mrr', 'Customer MRR', 'NUMBER', undefined, COUNT),
  lead('customer.activeUsers', 'Customer active users', 'NUMBER', undefined, COUNT),
  lead('customer.seats', 'Customer seats', 'NUMBER', undefined, COUNT),
  lead('customer.usageTrend', 'Customer usage trend', 'NUMBER', undefined, {
    min: -1,
    max: 10,
  }),
  { key: 'deal.value', label: 'Deal value', type: 'NUMBER', scope: 'DEAL', range: COUNT },
  { key: 'deal.currency', label: 'Deal currency', type: 'TEXT', scope: 'DEAL' },
  { key: 'deal.daysInStage', label: 'Days in stage', type: 'NUMBER', scope: 'DEAL', range: COUNT },
];

export const FIELDS_BY_KEY = new Map(CONDITION_FIELDS.map((f) => [f.key, f]));
