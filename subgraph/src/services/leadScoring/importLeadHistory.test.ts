import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

const MANAGER = { ...DEMO_PRINCIPAL, role: 'MANAGER' as const };
const OTHER_TENANT = { ...MANAGER, tenantId: 'tenant-import-other' };
const IMPORT = `mutation ($csv: String!) {
  importLeadHistory(csv: $csv) { imported skipped alreadyImported errors { line message } }
}`;
type Outcome = { imported: number; skipped: number; alreadyImported: number; errors: unknown[] };

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.tenant.createMany({
    data: [
      { id: DEMO_PRINCIPAL.tenantId, name: 'Demo' },
      { id: OTHER_TENANT.tenantId, name: 'Other' },
    ],
  });
  api = createTestApi(db.prisma, MANAGER);
});
afterAll(() => db?.drop());

async function importCsv(csv: string, principal = MANAGER): Promise<Outcome> {
  const { data, errors } = await api.run<{ importLeadHistory: Outcome }>(
    IMPORT,
    { csv },
    principal,
  );
  expect(errors).toBeUndefined();
  return data!.importLeadHistory;
}

const leads = (tenantId = MANAGER.tenantId) => db.prisma.lead.count({ where: { tenantId } });

describe('importLeadHistory', () => {
  it('stores the rows of a file once, however often it is imported', async () => {
    const csv = [
      'name,source,country,createdAt,outcome,outcomeAt',
      'Ada Lovelace,referral,GB,2025-01-10,WON,2025-03-01',
      'Twin,website,US,2025-01-10,LOST,2025-03-01',
      'Twin,website,US,2025-01-10,LOST,2025-03-01',
      'Bad,website,US,2025-01-10,MAYBE,2025-03-01',
    ].join('\n');
    expect(await importCsv(csv)).toMatchObject({ imported: 3, skipped: 1, alreadyImported: 0 });
    expect(await leads()).toBe(3);

    expect(await importCsv(csv)).toMatchObject({ imported: 0, skipped: 4, alreadyImported: 3 });
    expect(await leads()).toBe(3);

    // The same rows spelled differently (spacing, case) are the same rows; a new row is new.
    const again = [
      'name,source,country,createdAt,outcome,outcomeAt',
      'Ada Lovelace , referral,gb,2025-01-10,won,2025-03-01',
      'Grace Hopper,event,US,2025-02-01,WON,2025-04-01',
    ].join('\n');
    expect(await importCsv(again)).toMatchObject({ imported: 1, skipped: 1, alreadyImported: 1 });
    expect(await leads()).toBe(4);

    // Another tenant's import of the same file is its own.
    expect(await importCsv(csv, OTHER_TENANT)).toMatchObject({ imported: 3 });
    expect(await leads(OTHER_TENANT.tenantId)).toBe(3);
  });

  it('refuses a header that names a column twice, storing nothing', async () => {
    const before = await leads();
    const { errors } = await api.run(IMPORT, {
      csv: [
        'name,source,outcome,createdAt,Outcome,outcomeAt',
        'Twice,website,WON,2025-01-10,LOST,2025-03-01',
      ].join('\n'),
    });
    expect(errors?.[0]).toMatchObject({
      message: 'csv: the header names the column outcome 2 times (columns 3, 5): keep one',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await leads()).toBe(before);
  });

  it('refuses an outcome or an engagement dated in the future, by line, and stores the rest', async () => {
    const future = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const csv = [
      'name,source,country,createdAt,outcome,outcomeAt,lastEngagedAt',
      `Later,website,US,2025-01-10,WON,${future},`,
      `Engaged later,website,US,2025-01-10,LOST,2025-03-01,${future}`,
      'Fine,website,US,2025-01-10,LOST,2025-03-01,2025-02-01',
    ].join('\n');
    const before = await leads();
    const outcome = await importCsv(csv);
    expect(outcome).toMatchObject({ imported: 1, skipped: 2 });
    expect(outcome.errors).toEqual([
      { line: 2, message: 'outcomeAt: must not be in the future' },
      { line: 3, message: 'lastEngagedAt: must not be in the future' },
    ]);
    expect((await leads()) - before).toBe(1);
    expect(
      await db.prisma.lead.count({ where: { name: { in: ['Later', 'Engaged later'] } } }),
    ).toBe(0);
  });

  it('takes employees and annual revenue as upsertCustomerSignals does, refusing the rest by line', async () => {
    const csv = [
      'name,source,country,createdAt,outcome,outcomeAt,employees,annualRevenue',
      'Half a person,website,US,2025-01-10,LOST,2025-03-01,1.5,',
      'Hex,website,US,2025-01-10,LOST,2025-03-01,0x10,',
      'Too many,website,US,2025-01-10,LOST,2025-03-01,3000000000,',
      'Too rich,website,US,2025-01-10,LOST,2025-03-01,,1e20',
      'Negative,website,US,2025-01-10,LOST,2025-03-01,,-5',
      'Fine numbers,website,US,2025-01-10,WON,2025-03-01,250,1200000.50',
    ].join('\n');
    const outcome = await importCsv(csv);
    expect(outcome).toMatchObject({ imported: 1, skipped: 5 });
    expect(outcome.errors).toEqual([
      { line: 2, message: 'employees: must be a whole number ≥ 0, written in digits' },
      { line: 3, message: 'employees: must be a whole number ≥ 0, written in digits' },
      { line: 4, message: 'employees: must be at most 2,147,483,647' },
      {
        line: 5,
        message: 'annualRevenue: must be an amount ≥ 0 with at most 14 digits and 2 decimals',
      },
      {
        line: 6,
        message: 'annualRevenue: must be an amount ≥ 0 with at most 14 digits and 2 decimals',
      },
    ]);
    const fine = await db.prisma.lead.findFirstOrThrow({ where: { name: 'Fine numbers' } });
    expect(fine.metadata).toMatchObject({ employees: 250, annualRevenue: 1200000.5 });
  });

  it('stores the rows once when the same file is imported twice at the same moment', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `Lead ${i},website,US,2025-01-10,${i % 3 ? 'LOST' : 'WON'},2025-03-01`,
    );
    const csv = ['name,source,country,createdAt,outcome,outcomeAt', ...rows].join('\n');
    const before = await leads();
    const outcomes = await Promise.all([importCsv(csv), importCsv(csv)]);
    expect(outcomes.map((o) => o.imported).reduce((a, b) => a + b)).toBe(1500);
    expect(outcomes.map((o) => o.alreadyImported).reduce((a, b) => a + b)).toBe(1500);
    expect((await leads()) - before).toBe(1500);
  });
});
