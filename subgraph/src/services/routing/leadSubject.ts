import type { Customer, Deal, Lead } from '../../db/generated/client';
import { daysInStage } from '../deals/rotting';
import { regionFromCountry } from '../leadScoring/regionFromCountry';
import { scoreBand } from '../leadScoring/scoreBand';
import type { Subject } from './conditionTypes';

type SubjectLead = Pick<
  Lead,
  | 'score'
  | 'source'
  | 'status'
  | 'name'
  | 'email'
  | 'metadata'
  | 'emailsCount'
  | 'callsCount'
  | 'meetingsCount'
  | 'visitsCount'
>;
type SubjectCustomer = Pick<
  Customer,
  | 'healthScore'
  | 'plan'
  | 'mrr'
  | 'activeUsers'
  | 'seats'
  | 'usageTrend'
  | 'industry'
  | 'employees'
  | 'annualRevenue'
  | 'country'
>;

const textOf = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
const numberOf = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  // Prisma's Decimal (MRR, revenue) prints as its exact number.
  const n = Number(typeof v === 'object' ? (v as { toString(): string }).toString() : v);
  return Number.isFinite(n) ? n : null;
};

/**
 * The values conditions read for a lead (and, for deal triggers, its deal). Firmographics are the
 * lead's own (metadata), else its customer's; a value neither has is null ("missing").
 */
export function leadSubject(
  lead: SubjectLead | null,
  customer: SubjectCustomer | null,
  deal: Pick<Deal, 'value' | 'currency' | 'stageEnteredAt' | 'closedAt'> | null = null,
  now = new Date(),
): Subject {
  const meta = (
    lead?.metadata && typeof lead.metadata === 'object' && !Array.isArray(lead.metadata)
      ? lead.metadata
      : {}
  ) as Record<string, unknown>;
  const country = textOf(meta.country) ?? customer?.country ?? null;
  const email = lead?.email ?? null;
  return {
    score: lead?.score ?? null,
    band: lead?.score == null ? null : scoreBand(lead.score),
    source: lead?.source ?? null,
    status: lead?.status ?? null,
    name: lead?.name ?? null,
    email,
    emailDomain: email?.includes('@') ? email.split('@')[1]!.toLowerCase() : null,
    company: textOf(meta.company),
    title: textOf(meta.title),
    industry: textOf(meta.industry) ?? customer?.industry ?? null,
    employees: numberOf(meta.employees) ?? customer?.employees ?? null,
    annualRevenue: numberOf(meta.annualRevenue) ?? numberOf(customer?.annualRevenue),
    country: country?.toUpperCase() ?? null,
    region: country ? regionFromCountry(country) : null,
    emailsCount: lead?.emailsCount ?? null,
    callsCount: lead?.callsCount ?? null,
    meetingsCount: lead?.meetingsCount ?? null,
    visitsCount: lead?.visitsCount ?? null,
    'customer.healthScore': customer?.healthScore ?? null,
    'customer.plan': customer?.plan ?? null,
    'customer.mrr': numberOf(customer?.mrr),
    'customer.activeUsers': customer?.activeUsers ?? null,
    'customer.seats': customer?.seats ?? null,
    'customer.usageTrend': customer?.usageTrend ?? null,
    'deal.value': deal ? numberOf(deal.value) : null,
    'deal.currency': deal?.currency ?? null,
    'deal.daysInStage': deal ? daysInStage(deal, now) : null,
  };
}
