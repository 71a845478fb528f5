import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

/**
 * Changes of one pipeline's stages at the same moment (ADR 089): each is applied whole or refused
 * with a code, never an INTERNAL error from a deadlock or a foreign key, and no deal is lost.
 */
let db: TestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

type Result = Awaited<ReturnType<TestApi['run']>>;
const codes = (results: Result[]) =>
  results.map((r) => (r.errors?.length ? String(r.errors[0]!.extensions?.code) : 'OK'));

/** A tenant with an admin and a pipeline of open stages A-D (10 deals each), Won and Lost. */
async function tenant() {
  const tenantId = `stages-${++n}`;
  await db.prisma.tenant.create({ data: { id: tenantId, name: tenantId } });
  await db.prisma.user.create({
    data: {
      id: `${tenantId}-admin`,
      tenantId,
      name: 'Admin',
      email: `a@${tenantId}`,
      role: 'ADMIN',
    },
  });
  const principal: Principal = { tenantId, userId: `${tenantId}-admin`, role: 'ADMIN' };
  const names = ['A', 'B', 'C', 'D', 'Won', 'Lost'];
  const pipelineId = `${tenantId}-pl`;
  await db.prisma.pipeline.create({
    data: {
      id: pipelineId,
      tenantId,
      name: 'Sales',
      stages: {
        create: names.map((name, order) => ({
          id: `${tenantId}-${name}`,
          tenantId,
          name,
          order,
          kind: name === 'Won' ? 'WON' : name === 'Lost' ? 'LOST' : 'OPEN',
        })),
      },
    },
  });
  for (const name of names.slice(0, 4))
    for (let i = 0; i < 10; i++)
      await db.prisma.deal.create({
        data: {
          id: `${tenantId}-${name}-${i}`,
          tenantId,
          pipelineId,
          stageId: `${tenantId}-${name}`,
          title: `${name} ${i}`,
          value: '100.00',
          currency: 'USD',
          position: `a${i}`,
        },
      });
  return {
    api: createTestApi(db.prisma, principal),
    pipelineId,
    stage: (name: string) => `${tenantId}-${name}`,
  };
}

describe('stage changes at the same moment', () => {
  it('applies reorders in opposite orders one after the other, all of them', async () => {
    const { api, pipelineId, stage } = await tenant();
    const forward = ['A', 'B', 'C', 'D', 'Won', 'Lost'].map(stage);
    // Open stages stay before Won and Lost (a reorder that breaks that is refused).
    const backward = ['D', 'C', 'B', 'A', 'Lost', 'Won'].map(stage);
    const reorder = (stageIds: string[]) =>
      api.run(
        'mutation ($p: ID!, $s: [ID!]!) { reorderStages(pipelineId: $p, stageIds: $s) { id } }',
        {
          p: pipelineId,
          s: stageIds,
        },
      );
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => reorder(i % 2 ? backward : forward)),
    );
    expect(codes(results)).toEqual(Array(20).fill('OK'));
    const orders = await db.prisma.pipelineStage.findMany({
      where: { pipelineId },
      orderBy: { order: 'asc' },
    });
    // One of the two orders, whole: 0-5 once each.
    expect(orders.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([forward, backward]).toContainEqual(orders.map((s) => s.id));
  });

  it('deletes B into C beside C into B: one is applied, the other finds its stage gone, no deal lost', async () => {
    const { api, pipelineId, stage } = await tenant();
    const remove = (id: string, target: string) =>
      api.run('mutation ($id: ID!, $t: ID!) { deleteStage(id: $id, targetStageId: $t) { id } }', {
        id,
        t: target,
      });
    const results = await Promise.all([
      remove(stage('B'), stage('C')),
      remove(stage('C'), stage('B')),
    ]);
    const answered = codes(results).sort();
    expect(answered[1]).toBe('OK');
    // The one that waited: its stage was deleted (NOT_FOUND) or its target was (BAD_USER_INPUT).
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(answered[0]);
    const stages = await db.prisma.pipelineStage.findMany({
      where: { pipelineId },
      orderBy: { order: 'asc' },
    });
    expect(stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4]);
    const survivor = stages.find((s) => s.name === 'B' || s.name === 'C')!;
    expect(await db.prisma.deal.count({ where: { stageId: survivor.id } })).toBe(20);
    expect(await db.prisma.deal.count({ where: { pipelineId } })).toBe(40);
  });

  it('deletes two stages into a third at once, and a stage beside a reorder that lists it', async () => {
    const { api, pipelineId, stage } = await tenant();
    const results = await Promise.all([
      api.run('mutation ($id: ID!, $t: ID!) { deleteStage(id: $id, targetStageId: $t) { id } }', {
        id: stage('A'),
        t: stage('D'),
      }),
      api.run('mutation ($id: ID!, $t: ID!) { deleteStage(id: $id, targetStageId: $t) { id } }', {
        id: stage('B'),
        t: stage('D'),
      }),
      api.run(
        'mutation ($p: ID!, $s: [ID!]!) { reorderStages(pipelineId: $p, stageIds: $s) { id } }',
        {
          p: pipelineId,
          s: ['D', 'C', 'B', 'A', 'Won', 'Lost'].map(stage),
        },
      ),
    ]);
    const [first, second, reorder] = codes(results);
    expect([first, second]).toEqual(['OK', 'OK']);
    // Applied before both deletions, or refused after one of them as listing a stage that is gone.
    expect(['OK', 'BAD_USER_INPUT']).toContain(reorder);
    const stages = await db.prisma.pipelineStage.findMany({
      where: { pipelineId },
      orderBy: { order: 'asc' },
    });
    expect(stages.map((s) => s.order)).toEqual([0, 1, 2, 3]);
    expect(await db.prisma.deal.count({ where: { stageId: stage('D') } })).toBe(30);
    expect(await db.prisma.deal.count({ where: { pipelineId } })).toBe(40);
  });
});
