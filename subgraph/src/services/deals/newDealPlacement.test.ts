import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { keysAfter } from './positionKey';

// A new deal goes first in its column, where the board shows it (ADR 067): created by hand or by
// converting a lead, one at a time or many at once.
let db: TestDatabase;
let api: TestApi;
const STAGE = 'pl-new-st-1';
/** The board's page of a column (web's boardPageSize). */
const PAGE = 40;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 120, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  // A column longer than a board page, so a deal stored at its end would not be on the first page.
  const stage = await db.prisma.pipelineStage.findUniqueOrThrow({ where: { id: STAGE } });
  const last = await db.prisma.deal.findFirst({
    where: { stageId: STAGE },
    orderBy: [{ position: 'desc' }, { id: 'desc' }],
  });
  const keys = keysAfter(last?.position ?? null, PAGE + 5);
  await db.prisma.deal.createMany({
    data: keys.map((position, i) => ({
      id: `long-${String(i).padStart(3, '0')}`,
      tenantId: stage.tenantId,
      pipelineId: stage.pipelineId,
      stageId: STAGE,
      title: `Long ${i}`,
      value: '10.00',
      currency: 'USD',
      position,
    })),
  });
});
afterAll(() => db?.drop());

const CREATE = `mutation ($input: CreateDealInput!) { createDeal(input: $input) { id position } }`;
const CONVERT = `mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { id position } }`;
const FIRST_PAGE = `query ($id: ID!, $first: Int!) {
  pipeline(id: $id) { stages { id deals(first: $first) { id position } } } }`;

/** The column as stored: ids in board order. */
const columnIds = async (stageId: string) =>
  (
    await db.prisma.deal.findMany({
      where: { stageId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true },
    })
  ).map((d) => d.id);

/** The column's first page as the board reads it. */
async function firstPage(stageId: string) {
  const { data, errors } = await api.run<{
    pipeline: { stages: { id: string; deals: { id: string; position: number }[] }[] };
  }>(FIRST_PAGE, { id: 'pl-new', first: PAGE });
  expect(errors).toBeUndefined();
  return data!.pipeline.stages.find((s) => s.id === stageId)!.deals;
}

const create = async (title: string) => {
  const { data, errors } = await api.run<{ createDeal: { id: string; position: number } }>(CREATE, {
    input: { title, value: '100', stageId: STAGE },
  });
  expect(errors).toBeUndefined();
  return data!.createDeal;
};

describe('a new deal', () => {
  it('is first in its column, on the first page the board loads, and the next one goes above it', async () => {
    const before = await columnIds(STAGE);
    expect(before.length).toBeGreaterThan(PAGE);
    const first = await create('Added first');
    expect(first.position).toBe(0);
    expect(await columnIds(STAGE)).toEqual([first.id, ...before]);
    expect((await firstPage(STAGE))[0]).toEqual({ id: first.id, position: 0 });

    const second = await create('Added second');
    expect(second.position).toBe(0);
    expect(await columnIds(STAGE)).toEqual([second.id, first.id, ...before]);
    expect(await columnOrderProblems(db.prisma, 'pl-new', { distinct: true })).toEqual([]);
  });

  it('created many at once into one column: each in the top of it, no two with one key', async () => {
    const before = await columnIds(STAGE);
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) => create(`Concurrent ${i}`)),
    );
    const after = await columnIds(STAGE);
    expect(after).toHaveLength(before.length + created.length);
    expect(new Set(after.slice(0, created.length))).toEqual(new Set(created.map((d) => d.id)));
    expect(after.slice(created.length)).toEqual(before);
    const keys = await db.prisma.deal.findMany({
      where: { stageId: STAGE },
      select: { position: true },
    });
    expect(new Set(keys.map((k) => k.position)).size).toBe(keys.length);
    expect(await columnOrderProblems(db.prisma, 'pl-new', { distinct: true })).toEqual([]);
    // The API's positions are the column's indexes, one each.
    const page = await firstPage(STAGE);
    expect(page.map((d) => d.position)).toEqual(page.map((_, i) => i));
    expect(page.map((d) => d.id)).toEqual(after.slice(0, page.length));
  });

  it('converted from a lead is first in its column too, as the board shows it after a conversion', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { status: { in: ['NEW', 'WORKING', 'QUALIFIED'] }, deal: null },
      orderBy: { id: 'asc' },
    });
    const before = await columnIds(STAGE);
    const { data, errors } = await api.run<{ convertLead: { id: string; position: number } }>(
      CONVERT,
      { input: { leadId: lead.id, stageId: STAGE, value: '500' } },
    );
    expect(errors).toBeUndefined();
    expect(data!.convertLead.position).toBe(0);
    expect(await columnIds(STAGE)).toEqual([data!.convertLead.id, ...before]);
  });
});
