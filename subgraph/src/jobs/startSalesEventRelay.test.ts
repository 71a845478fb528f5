import { InngestTestEngine } from '@inngest/test';
import { Inngest } from 'inngest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { createAutomationFunctions } from './createAutomationFunctions';
import { startSalesEventRelay } from './startSalesEventRelay';

let db: TestDatabase;
const tenantId = 'relay';

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.tenant.create({ data: { id: tenantId, name: 'Relay' } });
  await db.prisma.user.createMany({
    data: [1, 2].map((i) => ({
      id: `relay-${i}`,
      tenantId,
      name: `Rep ${i}`,
      email: `${i}@relay`,
    })),
  });
  await db.prisma.routingRule.create({
    data: { tenantId, name: 'Team', position: 0, ownerIds: ['relay-1', 'relay-2'] },
  });
});
afterAll(() => db?.drop());

describe('sales event relay', () => {
  it('says at warn, not info, that its relay or scan failed (the database unreachable, say)', async () => {
    const broken = new Proxy(db.prisma, {
      get: (target, key) =>
        key === '$queryRaw' || key === '$queryRawUnsafe' || key === '$transaction'
          ? () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
          : Reflect.get(target, key),
    });
    const lines: { line: string; level: string }[] = [];
    const relay = startSalesEventRelay(
      { prisma: broken },
      {
        inngestConfigured: false,
        intervalMs: 10,
        rottingScanMs: 10,
        log: (line, level = 'info') => lines.push({ line, level }),
      },
    );
    const until = Date.now() + 5_000;
    while (!lines.some((l) => l.line.startsWith('relay failed')) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await relay.stop();
    expect(lines.find((l) => l.line.startsWith('relay failed'))).toEqual({
      line: 'relay failed: connect ECONNREFUSED 127.0.0.1:5432',
      level: 'warn',
    });
    expect(lines.every((l) => l.level === 'warn')).toBe(true);
  });

  it('while the database is down, warns once, then at most once a period with the failures since, and says when it works again', async () => {
    let down = true;
    const flaky = new Proxy(db.prisma, {
      get: (target, key) =>
        down && (key === '$queryRaw' || key === '$queryRawUnsafe' || key === '$transaction')
          ? () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
          : Reflect.get(target, key),
    });
    const lines: { line: string; level: string }[] = [];
    const relay = startSalesEventRelay(
      { prisma: flaky },
      {
        inngestConfigured: false,
        intervalMs: 10,
        rottingScanMs: 60_000,
        warnEveryMs: 400,
        log: (line, level = 'info') => lines.push({ line, level }),
      },
    );
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await wait(1_100);
    down = false;
    const until = Date.now() + 5_000;
    while (!lines.some((l) => l.line.startsWith('relay works again')) && Date.now() < until)
      await wait(20);
    await relay.stop();
    const warnings = lines.filter((l) => l.line.startsWith('relay failed'));
    // About a hundred failed polls in a second: a line per 400 ms, not a hundred.
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings.length).toBeLessThanOrEqual(4);
    expect(warnings[0]!.line).toBe('relay failed: connect ECONNREFUSED 127.0.0.1:5432');
    expect(warnings[1]!.line).toMatch(/\(and \d+ more failures since the last warning\)$/);
    expect(lines.find((l) => l.line.startsWith('relay works again'))).toMatchObject({
      line: expect.stringMatching(/^relay works again after \d+ failed attempts$/),
      level: 'info',
    });
  });

  it('without Inngest, handles waiting events in-process and marks them processed', async () => {
    const relay = startSalesEventRelay(
      { prisma: db.prisma },
      { inngestConfigured: false, timer: false },
    );
    const lead = await db.prisma.lead.create({ data: { tenantId, name: 'A', source: 'web' } });
    expect(await relay.drain()).toEqual({ processed: 1, failed: 0 });
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(
      'relay-1',
    );
    expect(await db.prisma.salesEvent.count({ where: { processedAt: null } })).toBe(0);
    expect(await relay.drain()).toEqual({ processed: 0, failed: 0 });
    await relay.stop();
  });

  it('the Inngest function handles an outbox event once, however often it is delivered', async () => {
    const [route] = createAutomationFunctions(new Inngest({ id: 'relay-test' }), {
      prisma: db.prisma,
    });
    const lead = await db.prisma.lead.create({ data: { tenantId, name: 'B', source: 'web' } });
    const event = await db.prisma.salesEvent.findFirstOrThrow({ where: { leadId: lead.id } });
    const deliver = () =>
      new InngestTestEngine({ function: route! }).execute({
        events: [{ name: 'lead/created', data: { salesEventId: event.id, subjectId: lead.id } }],
      } as never);
    const first = await deliver();
    expect(first.result).toMatchObject({ routing: { outcome: 'ASSIGNED' } });
    const second = await deliver();
    expect(second.result).toMatchObject({ routing: null });
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(
      'relay-2',
    );
    expect(await db.prisma.activity.count({ where: { leadId: lead.id, type: 'ASSIGNED' } })).toBe(
      1,
    );
  });
});
