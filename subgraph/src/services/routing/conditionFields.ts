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
};

const LEAD_STATUSES: readonly LeadStatus[] = [
  'NEW',
  'WORKING',
  'QUALIFIED',
  'DISQUALIFIED',
  'CONVERTED',
];

const lead = (key: string, label: string, type: FieldType, choices?: readonly string[]) =>
  ({ key, label, type, scope: 'LEAD', ...(choices ? { choices } : {}) }) as ConditionField;

/**
 * What a rule or automation can test: the lead, its firmographics (the lead's own, else its
 * customer's), the linked customer's signals, the score, and for deal triggers the deal.
 */
export const CONDITION_FIELDS: readonly ConditionField[] = [
  lead('score', 'Score', 'NUMBER'),
  lead('band', 'Score band', 'CHOICE', ['hot', 'warm', 'cool', 'cold']),
  lead('source', 'Source', 'TEXT'),
  lead('status', 'Status', 'CHOICE', LEAD_STATUSES),
  lead('name', 'Name', 'TEXT'),
  lead('email', 'Email', 'TEXT'),
  lead('emailDomain', 'Email domain', 'TEXT'),
  lead('company', 'Company', 'TEXT'),
  lead('title', 'Job title', 'TEXT'),
  lead('industry', 'Industry', 'TEXT'),
  lead('employees', 'Employees', 'NUMBER'),
  lead('annualRevenue', 'Annual revenue', 'NUMBER'),
  lead('country', 'Country', 'TEXT'),
  lead('region', 'Region', 'CHOICE', [
    'north_america',
    'latin_america',
    'europe',
    'middle_east_africa',
    'apac',
    'other',
  ]),
  lead('emailsCount', 'Emails', 'NUMBER'),
  lead('callsCount', 'Calls', 'NUMBER'),
  lead('meetingsCount', 'Meetings', 'NUMBER'),
  lead('visitsCount', 'Site visits', 'NUMBER'),
  lead('customer.healthScore', 'Customer health score', 'NUMBER'),
  lead('customer.plan', 'Customer plan', 'TEXT'),
  lead('customer.mrr', 'Customer MRR', 'NUMBER'),
  lead('customer.activeUsers', 'Customer active users', 'NUMBER'),
  lead('customer.seats', 'Customer seats', 'NUMBER'),
  lead('customer.usageTrend', 'Customer usage trend', 'NUMBER'),
  { key: 'deal.value', label: 'Deal value', type: 'NUMBER', scope: 'DEAL' },
  { key: 'deal.currency', label: 'Deal currency', type: 'TEXT', scope: 'DEAL' },
  { key: 'deal.daysInStage', label: 'Days in stage', type: 'NUMBER', scope: 'DEAL' },
];

export const FIELDS_BY_KEY = new Map(CONDITION_FIELDS.map((f) => [f.key, f]));
