import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const MANAGER = { ...DEMO_PRINCIPAL, userId: 'user-mgr-1', role: 'MANAGER' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 4, leads: 60, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const CREATE = `mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) { id name position conditions { field operator values min } owners { id } nextOwner { id } } }`;
const rule = (extra: object = {}) => ({
  name: 'EMEA enterprise',
  assignment: 'ROUND_ROBIN',
  ownerIds: ['user-rep-1', 'user-rep-2'],
  conditions: [
    { field: 'country', operator: 'IN', values: ['DE', 'FR'] },
    { field: 'employees', operator: 'BETWEEN', min: 500 },
  ],
  ...extra,
});
const errorOf = async (query: string, variables: object) => {
  const { errors } = await api.run(query, variables as Record<string, unknown>);
  return errors?.[0] && { message: errors[0].message, ...errors[0].extensions };
};

describe('routing rules API', () => {
  it('creates, lists in order and reorders rules', async () => {
    const a = await api.run<{ createRoutingRule: { id: string; position: number } }>(CREATE, {
      input: rule(),
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.createRoutingRule).toMatchObject({
      position: 0,
      conditions: [
        { field: 'country', operator: 'IN', values: ['DE', 'FR'], min: null },
        { field: 'employees', operator: 'BETWEEN', values: null, min: 500 },
      ],
      owners: [{ id: 'user-rep-1' }, { id: 'user-rep-2' }],
      nextOwner: { id: 'user-rep-1' },
    });
    const b = await api.run<{ createRoutingRule: { id: string } }>(CREATE, {
      input: rule({ name: 'Everyone else', conditions: [] }),
    });
    const ids = [b.data!.createRoutingRule.id, a.data!.createRoutingRule.id];
    const reordered = await api.run<{ reorderRoutingRules: { id: string; position: number }[] }>(
      `mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id position } }`,
      { ids },
    );
    expect(reordered.data!.reorderRoutingRules).toEqual([
      { id: ids[0], position: 0 },
      { id: ids[1], position: 1 },
    ]);
    expect(
      await errorOf(`mutation($ids: [ID!]!) { reorderRoutingRules(ids: $ids) { id } }`, {
        ids: [ids[0]],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('refuses a name another rule reads as in a list, for rules and automations alike', async () => {
    const first = await api.run<{ createRoutingRule: { id: string } }>(CREATE, {
      input: rule({ name: 'Nordics inbound' }),
    });
    expect(first.errors).toBeUndefined();
    const before = await db.prisma.routingRule.count();
    // Case, spacing and a no-break space aside, the same name: a run's history could not tell them apart.
    expect(await errorOf(CREATE, { input: rule({ name: 'nordics\u00a0 INBOUND ' }) })).toMatchObject({
      message: 'name: a routing rule named “Nordics inbound” already exists',
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(await db.prisma.routingRule.count()).toBe(before);
    const second = await api.run<{ createRoutingRule: { id: string } }>(CREATE, {
      input: rule({ name: 'Nordics outbound' }),
    });
    const UPDATE = `mutation($id: ID!, $input: RoutingRuleInput!) { updateRoutingRule(id: $id, input: $input) { id name } }`;
    expect(
      await errorOf(UPDATE, {
        id: second.data!.createRoutingRule.id,
        input: rule({ name: 'Nordics Inbound' }),
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    // A rule keeps its own name, in another case too.
    const kept = await api.run(UPDATE, {
      id: first.data!.createRoutingRule.id,
      input: rule({ name: 'NORDICS inbound', conditions: [] }),
    });
    expect(kept.errors).toBeUndefined();

    const AUTOMATION = `mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }`;
    const automation = (name: string) => ({
      name,
      trigger: 'LEAD_CREATED',
      conditions: [],
      actions: [{ type: 'ADD_TASK', text: 'Call' }],
    });
    expect(
      (await api.run(AUTOMATION, { input: automation('Welcome call') })).errors,
    ).toBeUndefined();
    expect(await errorOf(AUTOMATION, { input: automation('welcome  call') })).toMatchObject({
      message: 'name: an automation named “Welcome call” already exists',
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });

  it('rejects bad input with BAD_USER_INPUT naming the bad part', async () => {
    const bad = async (input: object) => errorOf(CREATE, { input: rule(input) });
    expect(
      await bad({ conditions: [{ field: 'shoeSize', operator: 'EQUALS', value: '9' }] }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'conditions.0.field',
      message: 'conditions.0.field: unknown field "shoeSize"',
    });
    expect(
      await bad({ conditions: [{ field: 'employees', operator: 'BETWEEN', min: 900, max: 100 }] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'conditions.0.min' });
    expect(
      await bad({ conditions: [{ field: 'country', operator: 'BETWEEN', min: 1 }] }),
    ).toMatchObject({
      field: 'conditions.0.operator',
    });
    expect(
      await bad({ conditions: [{ field: 'score', operator: 'EQUALS', value: 'high' }] }),
    ).toMatchObject({
      field: 'conditions.0.value',
    });
    expect(
      await bad({ conditions: [{ field: 'band', operator: 'IN', values: ['hot', 'lukewarm'] }] }),
    ).toMatchObject({
      field: 'conditions.0.values.1',
    });
    expect(
      await bad({ conditions: [{ field: 'deal.value', operator: 'BETWEEN', min: 1 }] }),
    ).toMatchObject({
      field: 'conditions.0.field',
    });
    // A bound the field never reaches: a score past 100, a negative count.
    expect(
      await bad({
        conditions: [{ field: 'score', operator: 'BETWEEN', min: 5.5, max: 1e20 }],
      }),
    ).toMatchObject({
      field: 'conditions.0.max',
      message: 'conditions.0.max: must be from 0 to 100 (the range of score)',
    });
    expect(
      await bad({ conditions: [{ field: 'emailsCount', operator: 'EQUALS', value: '-3' }] }),
    ).toMatchObject({
      field: 'conditions.0.value',
      message: 'conditions.0.value: must be at least 0 (emailsCount is never below it)',
    });
    expect(await bad({ ownerIds: ['user-rep-1', 'nobody'] })).toMatchObject({
      field: 'ownerIds.1',
    });
    expect(await bad({ assignment: 'USER' })).toMatchObject({ field: 'ownerIds' });
    expect(await bad({ name: '   ' })).toMatchObject({ field: 'name' });
    expect(await bad({ name: 'x'.repeat(121) })).toMatchObject({ field: 'name' });
  });

  it('is for admins only', async () => {
    const { errors } = await api.run(`{ routingRules { id } }`, undefined, MANAGER);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await api.run(CREATE, { input: rule() }, MANAGER);
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("sets the fallback owner and a member's availability and capacity", async () => {
    const settings = await api.run<{ setRoutingFallback: { fallbackOwner: { id: string } } }>(
      `mutation { setRoutingFallback(ownerId: "user-mgr-1") { fallbackOwner { id } } }`,
    );
    expect(settings.data!.setRoutingFallback.fallbackOwner.id).toBe('user-mgr-1');
    const member = await api.run(
      `mutation { setRoutingMember(userId: "user-rep-3", available: false, capacity: 25) { user { id } available capacity openLeads } }`,
    );
    expect(member.data).toMatchObject({
      setRoutingMember: { user: { id: 'user-rep-3' }, available: false, capacity: 25 },
    });
    expect(
      await errorOf(
        `mutation { setRoutingMember(userId: "user-rep-3", available: true, capacity: -1) { available } }`,
        {},
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    // Back from away without a capacity: the cap of 25 is kept; null clears it.
    const back = await api.run(
      `mutation { setRoutingMember(userId: "user-rep-3", available: true) { available capacity } }`,
    );
    expect(back.data).toMatchObject({ setRoutingMember: { available: true, capacity: 25 } });
    const cleared = await api.run(
      `mutation { setRoutingMember(userId: "user-rep-3", available: true, capacity: null) { capacity } }`,
    );
    expect(cleared.data).toMatchObject({ setRoutingMember: { capacity: null } });
  });

  it('lists the condition fields with their operators', async () => {
    const { data } = await api.run<{ conditionFields: { key: string; operators: string[] }[] }>(
      `{ conditionFields { key type scope operators choices } }`,
    );
    expect(data!.conditionFields.find((f) => f.key === 'employees')).toMatchObject({
      type: 'NUMBER',
      scope: 'LEAD',
      operators: ['EQUALS', 'NOT_EQUALS', 'BETWEEN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
    });
  });
});
