import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { databaseFingerprint } from '../../security/databaseFingerprint';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

// Issue 15: every edit's timeline entry says what changed (field, old → new); an edit that
// changes nothing writes nothing (no version, no timeline entry, no rescoring).
let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 4, leads: 60, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const UPDATE_LEAD = `mutation ($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) {
  id name company email updatedAt } }`;
const UPDATE_DEAL = `mutation ($id: ID!, $v: Int!, $input: UpdateDealInput!) {
  updateDeal(id: $id, expectedVersion: $v, input: $input) { id title value version } }`;

describe('lead edits', () => {
  it('logs each changed field old → new, metadata by key', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { tenantId: TENANT } });
    const company = (lead.metadata as { company?: string }).company ?? null;
    const { errors } = await api.run(UPDATE_LEAD, {
      id: lead.id,
      input: { name: 'Renamed Person', company: 'Summit Motors', email: lead.email },
    });
    expect(errors).toBeUndefined();
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: { leadId: lead.id, type: 'UPDATED' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(logged.payload).toEqual({
      name: { from: lead.name, to: 'Renamed Person' },
      'metadata.company': { from: company, to: 'Summit Motors' },
    });
  });

  it('writes nothing when nothing changes (no timeline entry, no rescoring, same updatedAt)', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT },
      orderBy: { id: 'desc' },
    });
    const company = (lead.metadata as { company?: string }).company;
    const before = await databaseFingerprint(db.prisma);
    const events = api.events.length;
    const { data, errors } = await api.run<{ updateLead: { updatedAt: string } }>(UPDATE_LEAD, {
      id: lead.id,
      input: { name: lead.name, email: lead.email, ...(company ? { company } : {}) },
    });
    expect(errors).toBeUndefined();
    expect(data!.updateLead.updatedAt).toBe(lead.updatedAt.toISOString());
    expect(await databaseFingerprint(db.prisma)).toEqual(before);
    expect(api.events.length).toBe(events);
  });
});

describe('deal edits', () => {
  it('an amount as typed ("4200" for 4200.00) is no change: same version, nothing logged', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { tenantId: TENANT } });
    // Decimal's toString drops the trailing zeros the API shows: what a user would type.
    const typed = deal.value.toString();
    const before = await databaseFingerprint(db.prisma);
    const { data } = await api.run<{ updateDeal: { version: number } }>(UPDATE_DEAL, {
      id: deal.id,
      v: deal.version,
      input: { value: typed, title: deal.title },
    });
    expect(data!.updateDeal.version).toBe(deal.version);
    expect(await databaseFingerprint(db.prisma)).toEqual(before);
  });

  it('logs the changed fields old → new and bumps the version once', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT },
      orderBy: { id: 'desc' },
    });
    const { data } = await api.run<{ updateDeal: { version: number } }>(UPDATE_DEAL, {
      id: deal.id,
      v: deal.version,
      input: { title: 'New title', value: '4200' },
    });
    expect(data!.updateDeal.version).toBe(deal.version + 1);
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'UPDATED' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(logged.payload).toEqual({
      title: { from: deal.title, to: 'New title' },
      value: { from: deal.value.toString(), to: '4200' },
    });
  });
});
