import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import { databaseFingerprint } from '../../security/databaseFingerprint';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

type Result = Awaited<ReturnType<TestApi['run']>>;

/** A fresh tenant with an admin and a pipeline "New business" (stages New, Won, Lost). */
async function tenant() {
  const tenantId = `names-${++n}`;
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
  const api = createTestApi(db.prisma, principal);
  const pipeline = await createPipeline(api, 'New business');
  expect(pipeline.errors).toBeUndefined();
  const id = (pipeline.data as { createPipeline: { id: string } }).createPipeline.id;
  const stages = await db.prisma.pipelineStage.findMany({ where: { pipelineId: id } });
  const stage = (name: string) => stages.find((s) => s.name === name)!.id;
  return { tenantId, api, pipelineId: id, stage };
}

const createPipeline = (api: TestApi, name: string) =>
  api.run('mutation ($name: String!) { createPipeline(name: $name) { id name } }', { name });
const renamePipeline = (api: TestApi, id: string, name: string) =>
  api.run('mutation ($id: ID!, $name: String!) { renamePipeline(id: $id, name: $name) { name } }', {
    id,
    name,
  });
const createStage = (api: TestApi, pipelineId: string, name: string) =>
  api.run('mutation ($input: CreateStageInput!) { createStage(input: $input) { id name } }', {
    input: { pipelineId, name },
  });
const renameStage = (api: TestApi, id: string, name: string) =>
  api.run(
    'mutation ($id: ID!, $input: UpdateStageInput!) { updateStage(id: $id, input: $input) { name } }',
    { id, input: { name } },
  );

const refusal = (result: Result) => ({
  message: result.errors?.[0]?.message,
  code: result.errors?.[0]?.extensions?.code,
  field: result.errors?.[0]?.extensions?.field,
});

/** Runs `call`, expects it refused on `name` with `message`, and that it wrote nothing. */
async function expectRefused(tenantId: string, call: () => Promise<Result>, message: string) {
  const before = await databaseFingerprint(db.prisma, tenantId);
  const result = await call();
  expect(refusal(result)).toEqual({ message, code: 'BAD_USER_INPUT', field: 'name' });
  expect(await databaseFingerprint(db.prisma, tenantId)).toEqual(before);
}

describe('pipeline names', () => {
  // Found by a new user: a second "New business" was created, and the switchers listed two.
  it('refuses a name another pipeline has, trimmed, in any case or Unicode form, writing nothing', async () => {
    const { tenantId, api } = await tenant();
    const taken = 'name: a pipeline named “New business” already exists';
    await expectRefused(tenantId, () => createPipeline(api, 'New business'), taken);
    await expectRefused(tenantId, () => createPipeline(api, '  nEW BUSINESS '), taken);
    expect((await createPipeline(api, 'Caf\u00e9')).errors).toBeUndefined();
    await expectRefused(
      tenantId,
      () => createPipeline(api, 'CAFE\u0301'),
      'name: a pipeline named “Caf\u00e9” already exists',
    );
  });

  // Found by an attacker: names no one could tell apart in a list were all accepted.
  it('refuses a lookalike: a no-break space, two spaces, a tab, full-width letters, a zero-width space', async () => {
    const { tenantId, api } = await tenant();
    const taken = 'name: a pipeline named “New business” already exists';
    for (const lookalike of [
      'New\u00a0business',
      'New  business',
      'New\tbusiness',
      '\uff2e\uff45\uff57 business',
      'New busi\u200bness',
    ])
      await expectRefused(tenantId, () => createPipeline(api, lookalike), taken);
  });

  it('refuses a name that shows nothing or holds control characters, writing nothing', async () => {
    const { tenantId, api } = await tenant();
    for (const [name, message] of [
      [
        '\u200b\u200b',
        'name: must have a character that shows (not only spaces or invisible ones)',
      ],
      ['\u202e', 'name: must have a character that shows (not only spaces or invisible ones)'],
      ['Bell\u0007', 'name: must not contain control characters'],
      ['\u001b[31mRed', 'name: must not contain control characters'],
    ])
      await expectRefused(tenantId, () => createPipeline(api, name!), message!);
    // Letters of any script, signs and emoji show.
    expect((await createPipeline(api, '販売 🚀')).errors).toBeUndefined();
  });

  it('counts archived pipelines, which can be restored, and not other tenants’ pipelines', async () => {
    const { tenantId, api } = await tenant();
    const old = await createPipeline(api, 'Old deals');
    const oldId = (old.data as { createPipeline: { id: string } }).createPipeline.id;
    expect((await api.run(`mutation { archivePipeline(id: "${oldId}") { id } }`)).errors).toBe(
      undefined,
    );
    await expectRefused(
      tenantId,
      () => createPipeline(api, 'old deals'),
      'name: a pipeline named “Old deals” already exists (archived: restore it, or choose another name)',
    );
    const other = await tenant();
    expect((await createPipeline(other.api, 'Old deals')).errors).toBeUndefined();
  });

  it('refuses renaming to another pipeline’s name, and allows its own name in another case', async () => {
    const { tenantId, api, pipelineId } = await tenant();
    const second = await createPipeline(api, 'Renewals');
    const secondId = (second.data as { createPipeline: { id: string } }).createPipeline.id;
    await expectRefused(
      tenantId,
      () => renamePipeline(api, secondId, ' new business'),
      'name: a pipeline named “New business” already exists',
    );
    const renamed = await renamePipeline(api, pipelineId, 'NEW Business');
    expect(renamed).toEqual({
      data: { renamePipeline: { name: 'NEW Business' } },
      errors: undefined,
    });
  });

  it('lets only one of two creates with the same name at once succeed', async () => {
    const { tenantId, api } = await tenant();
    const results = await Promise.all([
      createPipeline(api, 'Partners'),
      createPipeline(api, 'partners '),
    ]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map((r) => refusal(r).code).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    expect(await db.prisma.pipeline.count({ where: { tenantId } })).toBe(2);
  });
});

describe('stage names', () => {
  it('refuses a name another stage of the pipeline has, writing nothing; other pipelines may', async () => {
    const { tenantId, api, pipelineId } = await tenant();
    await expectRefused(
      tenantId,
      () => createStage(api, pipelineId, ' won'),
      'name: this pipeline already has a stage named “Won”',
    );
    const other = await createPipeline(api, 'Renewals');
    const otherId = (other.data as { createPipeline: { id: string } }).createPipeline.id;
    expect((await createStage(api, otherId, 'Proposal')).errors).toBeUndefined();
    expect((await createStage(api, pipelineId, 'Proposal')).errors).toBeUndefined();
  });

  it('refuses renaming a stage to another stage’s name, and allows its own name in another case', async () => {
    const { tenantId, api, stage } = await tenant();
    await expectRefused(
      tenantId,
      () => renameStage(api, stage('New'), 'LOST'),
      'name: this pipeline already has a stage named “Lost”',
    );
    expect(await renameStage(api, stage('New'), 'NEW')).toEqual({
      data: { updateStage: { name: 'NEW' } },
      errors: undefined,
    });
  });

  it('lets only one of two creates with the same name at once succeed', async () => {
    const { api, pipelineId } = await tenant();
    const results = await Promise.all([
      createStage(api, pipelineId, 'Demo'),
      createStage(api, pipelineId, 'DEMO'),
    ]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.map((r) => refusal(r).code).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    expect(await db.prisma.pipelineStage.count({ where: { pipelineId } })).toBe(4);
  });
});
