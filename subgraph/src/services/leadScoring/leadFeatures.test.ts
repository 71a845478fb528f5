import { describe, expect, it } from 'vitest';
import { dealHistory } from './dealHistory';
import { leadFeatureExtractor, leadFeatureSpecs, type LeadForScoring } from './leadFeatures';
import { regionFromCountry } from './regionFromCountry';
import { seniorityFromTitle } from './seniorityFromTitle';
import { priorWeights } from './priorModel';

const lead: LeadForScoring = {
  id: 'l1',
  source: 'Referral',
  metadata: { title: 'VP Sales', industry: 'Software', employees: 120, country: 'de' },
  customerId: 'c1',
  emailsCount: 3,
  callsCount: 1,
  meetingsCount: 0,
  visitsCount: 7,
  lastEngagedAt: new Date('2026-10-20T12:00:00Z'),
  createdAt: new Date('2026-09-01T00:00:00Z'),
};
const value = (row: unknown[], name: string) =>
  row[leadFeatureSpecs.findIndex((f) => f.name === name)];

describe('lead features', () => {
  it('has a human label for every feature and a documented prior weight for most', () => {
    expect(leadFeatureSpecs.every((f) => f.label.length > 2)).toBe(true);
    expect(leadFeatureSpecs.filter((f) => priorWeights[f.name]).length).toBeGreaterThanOrEqual(16);
  });

  it('extracts firmographics, engagement, customer signals and history', () => {
    const row = leadFeatureExtractor.extract({
      lead,
      customer: {
        healthScore: 82,
        activeUsers: 45,
        seats: 50,
        usageTrend: 0.1,
        plan: 'Pro',
        mrr: null,
        industry: 'retail',
        employees: 999,
        annualRevenue: null,
        country: 'US',
      },
      history: { won: 2, lost: 1 },
      asOf: new Date('2026-11-01T00:00:00Z'),
    });
    expect(value(row, 'source')).toBe('referral');
    expect(value(row, 'industry')).toBe('software'); // the lead's own metadata wins over the customer's
    expect(value(row, 'region')).toBe('europe');
    expect(value(row, 'titleSeniority')).toBe('vp');
    expect(value(row, 'daysSinceLastEngagement')).toBe(11);
    expect(value(row, 'seatUtilisation')).toBe(0.9);
    expect(value(row, 'plan')).toBe('pro');
    expect(value(row, 'mrr')).toBeNull();
    expect(value(row, 'dealsWon')).toBe(2);
  });

  it('keeps missing values missing, never zero', () => {
    const row = leadFeatureExtractor.extract({
      lead: { ...lead, metadata: {}, customerId: null, lastEngagedAt: null },
      customer: null,
      history: null,
      asOf: new Date(),
    });
    for (const name of [
      'industry',
      'employees',
      'region',
      'titleSeniority',
      'daysSinceLastEngagement',
      'healthScore',
      'seatUtilisation',
      'dealsWon',
    ]) {
      expect(value(row, name)).toBeNull();
    }
  });

  it('derives seniority from titles and regions from countries', () => {
    expect(seniorityFromTitle('Chief Revenue Officer')).toBe('c_level');
    expect(seniorityFromTitle('Head of Growth')).toBe('vp');
    expect(seniorityFromTitle('Director of Operations')).toBe('director');
    expect(seniorityFromTitle('Operations Manager')).toBe('manager');
    expect(seniorityFromTitle('Analyst')).toBe('individual');
    expect(seniorityFromTitle('  ')).toBeNull();
    expect(regionFromCountry('JP')).toBe('apac');
    expect(regionFromCountry('BR')).toBe('latin_america');
    expect(regionFromCountry('ZZ')).toBe('other');
    expect(regionFromCountry(null)).toBeNull();
  });
});

describe('dealHistory', () => {
  const deals = [
    { customerId: 'c1', leadId: 'other', closedAt: new Date('2026-01-01'), won: true },
    { customerId: 'c1', leadId: 'l1', closedAt: new Date('2026-02-01'), won: true },
    { customerId: 'c1', leadId: null, closedAt: new Date('2026-03-01'), won: false },
    { customerId: 'c1', leadId: null, closedAt: new Date('2026-06-01'), won: true },
  ];
  it("counts only deals closed before the cutoff and never the lead's own deal", () => {
    expect(dealHistory(deals, 'l1', new Date('2026-04-01'))).toEqual({ won: 1, lost: 1 });
    expect(dealHistory(deals, 'l1', new Date('2026-03-01'))).toEqual({ won: 1, lost: 0 });
    expect(dealHistory(deals, 'l2', new Date('2027-01-01'))).toEqual({ won: 3, lost: 1 });
    expect(dealHistory(undefined, 'l1', new Date())).toEqual({ won: 0, lost: 0 });
  });
});
