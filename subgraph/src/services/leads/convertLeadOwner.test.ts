import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

// Converting a lead names the new deal's owner (issue 15: the SPA's convert form, ADR 035).
let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = {
  tenantId: 'tenant-convert-other',
  userId: 'outsider',
  role: 'ADMIN' as const,
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 7, leads: 60, now: new Date('2026-11-01T00:00:00Z') });
  await db.prisma.tenant.create({ data: { id: OTHER_TENANT.tenantId, name: 'Other' } });
  await db.prisma.user.create({
    data: { id: 'outsider', tenantId: OTHER_TENANT.tenantId, name: 'Out', email: 'o@x.example' },
  });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const CONVERT = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) { id owner { id } lead { id status } } }`;

async function openLead(ownerId: string | null) {
  return db.prisma.lead.findFirstOrThrow({
    where: { tenantId: TENANT, ownerId, status: { in: ['NEW', 'WORKING', 'QUALIFIED'] } },
    orderBy: { id: 'asc' },
  });
}

const written = async () => ({
  deals: await db.prisma.deal.count(),
  activities: await db.prisma.activity.count(),
  converted: await db.prisma.lead.count({ where: { status: 'CONVERTED' } }),
});

describe('convertLead with an owner', () => {
  it('gives the deal the owner named, else the lead’s owner', async () => {
    const lead = await openLead('user-rep-2');
    const { data, errors } = await api.run<{
      convertLead: { owner: { id: string }; lead: { id: string; status: string } };
    }>(CONVERT, {
      input: { leadId: lead.id, stageId: 'pl-new-st-1', value: '5000', ownerId: 'user-rep-3' },
    });
    expect(errors).toBeUndefined();
    expect(data!.convertLead).toMatchObject({
      owner: { id: 'user-rep-3' },
      lead: { id: lead.id, status: 'CONVERTED' },
    });

    const other = await openLead('user-rep-2');
    const kept = await api.run<{ convertLead: { owner: { id: string } } }>(CONVERT, {
      input: { leadId: other.id, stageId: 'pl-new-st-1', value: '5000' },
    });
    expect(kept.data!.convertLead.owner).toEqual({ id: 'user-rep-2' });
  });

  it('lets a rep name only themselves', async () => {
    const lead = await openLead('user-rep-1');
    const before = await written();
    const denied = await api.run(
      CONVERT,
      { input: { leadId: lead.id, stageId: 'pl-new-st-1', value: '10', ownerId: 'user-rep-2' } },
      REP,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);

    const { data, errors } = await api.run<{ convertLead: { owner: { id: string } } }>(
      CONVERT,
      { input: { leadId: lead.id, stageId: 'pl-new-st-1', value: '10', ownerId: 'user-rep-1' } },
      REP,
    );
    expect(errors).toBeUndefined();
    expect(data!.convertLead.owner).toEqual({ id: 'user-rep-1' });
  });

  it('refuses an unknown owner, another tenant’s user and an empty id, writing nothing', async () => {
    const lead = await openLead('user-rep-3');
    const before = await written();
    for (const ownerId of ['user-nobody', 'outsider', '']) {
      const { errors } = await api.run(CONVERT, {
        input: { leadId: lead.id, stageId: 'pl-new-st-1', value: '10', ownerId },
      });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.field).toMatch(/ownerId/);
    }
    expect(await written()).toEqual(before);
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).not.toBe(
      'CONVERTED',
    );
  });

  it('cannot convert another tenant’s lead', async () => {
    const lead = await openLead('user-rep-3');
    const before = await written();
    const { errors } = await api.run(
      CONVERT,
      { input: { leadId: lead.id, stageId: 'pl-new-st-1', value: '10', ownerId: 'outsider' } },
      OTHER_TENANT,
    );
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });
});
