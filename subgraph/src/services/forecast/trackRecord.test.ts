import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotForecasts } from '../../jobs/forecastSnapshotJob';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { takeForecastSnapshot } from './takeForecastSnapshot';

let db: TestDatabase;
let api: TestApi;
const tenantId = 'tenant-track';
const MANAGER = { tenantId, userId: 'boss', role: 'MANAGER' as const };
const DAY = 86_400_000;
const now = new Date();
const monthStart = (offset: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
const monthText = (offset: number) => monthStart(offset).toISOString().slice(0, 7);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const localStep = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };

beforeAll(async () => {
  db = await createTestDatabase();
  api = createTestApi(db.prisma, MANAGER);
  const long = new Date(Date.UTC(2020, 0, 1));
  await db.prisma.tenant.create({
    data: { id: tenantId, name: 'Track', reportingCurrency: 'USD' },
  });
  await db.prisma.pipeline.create({
    data: { id: 'tp', tenantId, name: 'Track', currency: 'USD', createdAt: long },
  });
  await db.prisma.pipelineStage.createMany({
    data: [
      { id: 'tp-open', order: 0, kind: 'OPEN' as const, probability: 0.5, name: 'Open' },
      { id: 'tp-won', order: 1, kind: 'WON' as const, name: 'Won' },
      { id: 'tp-lost', order: 2, kind: 'LOST' as const, name: 'Lost' },
    ].map((s) => ({ ...s, tenantId, pipelineId: 'tp', createdAt: long })),
  });
  // Two months ago (no snapshot: reconstructed): A, open at its start at 50 %, won 1,000 in it.
  // Last month (a snapshot on its first day): B, created and won 1,000 in it.
  const a = { start: plusDays(monthStart(-2), -10), won: plusDays(monthStart(-2), 14) };
  const b = { start: plusDays(monthStart(-1), 1), won: plusDays(monthStart(-1), 5) };
  await db.prisma.deal.createMany({
    data: [
      { id: 'A', created: a.start, closed: a.won },
      { id: 'B', created: b.start, closed: b.won },
    ].map((d) => ({
      id: d.id,
      tenantId,
      pipelineId: 'tp',
      stageId: 'tp-won',
      title: d.id,
      value: '1000.00',
      currency: 'USD',
      position: d.id,
      expectedCloseDate: d.closed,
      createdAt: d.created,
      closedAt: d.closed,
    })),
  });
  await db.prisma.activity.createMany({
    data: [
      {
        dealId: 'A',
        type: 'CREATED' as const,
        payload: { stageId: 'tp-open' },
        occurredAt: a.start,
      },
      {
        dealId: 'A',
        type: 'WON' as const,
        payload: { fromStageId: 'tp-open', toStageId: 'tp-won' },
        occurredAt: a.won,
      },
      {
        dealId: 'B',
        type: 'CREATED' as const,
        payload: { stageId: 'tp-open' },
        occurredAt: b.start,
      },
      {
        dealId: 'B',
        type: 'WON' as const,
        payload: { fromStageId: 'tp-open', toStageId: 'tp-won' },
        occurredAt: b.won,
      },
    ].map((row) => ({ ...row, tenantId })),
  });
  // What the forecast said on last month's first day: $600 weighted of $1,000, and ¥100,000.
  await db.prisma.forecastSnapshot.createMany({
    data: [
      { currency: 'USD', openValue: '1000.00', weightedValue: '600.00' },
      { currency: 'JPY', openValue: '100000.00', weightedValue: '100000.00' },
    ].map((row) => ({
      ...row,
      tenantId,
      pipelineId: 'tp',
      day: monthStart(-1),
      month: monthText(-1),
      wonValue: '0.00',
      dealCount: 1,
    })),
  });
  await db.prisma.exchangeRate.create({
    data: {
      tenantId,
      fromCurrency: 'JPY',
      toCurrency: 'USD',
      date: plusDays(monthStart(-1), 3),
      rate: '0.007',
    },
  });
});
afterAll(() => db?.drop());

const TRACK = `query ($p: ID, $m: Int) { forecastTrackRecord(pipelineId: $p, months: $m) {
  currency weighting meanAbsolutePercentageError errorMonths
  months { month source snapshotDay forecast bestCase won absolutePercentageError
           unconverted { currency amount } rates { fromCurrency rate date } } } }`;
type Track = {
  forecastTrackRecord: {
    currency: string;
    weighting: string;
    meanAbsolutePercentageError: number | null;
    errorMonths: string[];
    months: {
      month: string;
      source: string;
      snapshotDay: string | null;
      forecast: string;
      bestCase: string;
      won: string;
      absolutePercentageError: number | null;
      unconverted: { currency: string; amount: string }[];
      rates: { fromCurrency: string; rate: string; date: string }[];
    }[];
  };
};

describe('forecast track record', () => {
  it('compares the forecast at each month’s start with what was won, snapshot or reconstructed', async () => {
    const { data, errors } = await api.run<Track>(TRACK, { p: 'tp', m: 2 });
    expect(errors).toBeUndefined();
    const track = data!.forecastTrackRecord;
    expect(track.currency).toBe('USD');
    expect(track.weighting).toMatch(/stage's rate/);
    expect(track.months[0]).toEqual({
      month: monthText(-2),
      source: 'RECONSTRUCTED',
      snapshotDay: null,
      forecast: '500.00',
      bestCase: '1000.00',
      won: '1000.00',
      absolutePercentageError: 0.5,
      unconverted: [],
      rates: [],
    });
    // 600 + ¥100,000 × 0.007 = 1,300 against 1,000 won.
    expect(track.months[1]).toEqual({
      month: monthText(-1),
      source: 'SNAPSHOT',
      snapshotDay: monthStart(-1).toISOString().slice(0, 10),
      forecast: '1300.00',
      bestCase: '1700.00',
      won: '1000.00',
      absolutePercentageError: 0.3,
      unconverted: [],
      rates: [
        {
          fromCurrency: 'JPY',
          rate: '0.007',
          date: plusDays(monthStart(-1), 3).toISOString().slice(0, 10),
        },
      ],
    });
    expect(track.meanAbsolutePercentageError).toBeCloseTo(0.4, 12);
    expect(track.errorMonths).toEqual([monthText(-2), monthText(-1)]);
  });

  it('reports a month with an amount it cannot convert instead of adding it, and leaves it out of the error', async () => {
    await db.prisma.exchangeRate.deleteMany({ where: { tenantId } });
    const { data } = await api.run<Track>(TRACK, { p: 'tp', m: 2 });
    const track = data!.forecastTrackRecord;
    expect(track.months[1]).toMatchObject({
      forecast: '600.00',
      absolutePercentageError: null,
      unconverted: [{ currency: 'JPY', amount: '100000.00' }],
    });
    expect(track.meanAbsolutePercentageError).toBe(0.5);
    expect(track.errorMonths).toEqual([monthText(-2)]);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    for (const variables of [{ m: 0 }, { m: 37 }, { p: 'nope' }]) {
      const { errors } = await api.run(TRACK, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('forecast track record, reconstructed', () => {
  it('weighs the first month with the stage rates learned from the deals closed in the year before it', async () => {
    const long = new Date(Date.UTC(2020, 0, 1));
    await db.prisma.pipeline.create({
      data: { id: 'tp2', tenantId, name: 'Learned', currency: 'USD', createdAt: long },
    });
    await db.prisma.pipelineStage.createMany({
      data: [
        { id: 'tp2-open', order: 0, kind: 'OPEN' as const, probability: 0.5, name: 'Open' },
        { id: 'tp2-won', order: 1, kind: 'WON' as const, name: 'Won' },
        { id: 'tp2-lost', order: 2, kind: 'LOST' as const, name: 'Lost' },
      ].map((s) => ({ ...s, tenantId, pipelineId: 'tp2', createdAt: long })),
    });
    // Five deals won four months ago (before the two months asked for), and D: open at the start
    // of the month before last, expected and won in it.
    const early = plusDays(monthStart(-4), 10);
    const d = { start: plusDays(monthStart(-2), -5), won: plusDays(monthStart(-2), 9) };
    const deals = [
      ...[1, 2, 3, 4, 5].map((i) => ({
        id: `W${i}`,
        created: plusDays(early, -20),
        closed: early,
      })),
      { id: 'D', created: d.start, closed: d.won },
    ];
    await db.prisma.deal.createMany({
      data: deals.map((deal) => ({
        id: deal.id,
        tenantId,
        pipelineId: 'tp2',
        stageId: 'tp2-won',
        title: deal.id,
        value: '1000.00',
        currency: 'USD',
        position: deal.id,
        expectedCloseDate: deal.closed,
        createdAt: deal.created,
        closedAt: deal.closed,
      })),
    });
    await db.prisma.activity.createMany({
      data: deals.flatMap((deal) => [
        {
          tenantId,
          dealId: deal.id,
          type: 'CREATED' as const,
          payload: { stageId: 'tp2-open' },
          occurredAt: deal.created,
        },
        {
          tenantId,
          dealId: deal.id,
          type: 'WON' as const,
          payload: { fromStageId: 'tp2-open', toStageId: 'tp2-won' },
          occurredAt: deal.closed,
        },
      ]),
    });
    const { data, errors } = await api.run<Track>(TRACK, { p: 'tp2', m: 2 });
    expect(errors).toBeUndefined();
    // (5 won + 20 × 0.5) / (5 + 20) = 0.6: 1,000 × 0.6 against 1,000 won.
    expect(data!.forecastTrackRecord.months[0]).toMatchObject({
      month: monthText(-2),
      source: 'RECONSTRUCTED',
      forecast: '600.00',
      won: '1000.00',
      absolutePercentageError: 0.4,
    });
  });
});

describe('daily forecast snapshot', () => {
  it('is written once per day, however often the job runs', async () => {
    const day = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 0, 17),
    );
    await db.prisma.deal.create({
      data: {
        id: 'C',
        tenantId,
        pipelineId: 'tp',
        stageId: 'tp-open',
        title: 'C',
        value: '2000.00',
        currency: 'USD',
        position: 'C',
        expectedCloseDate: plusDays(monthStart(1), 3),
      },
    });
    const first = await snapshotForecasts(
      { prisma: db.prisma, now: () => day },
      { events: [], step: localStep },
    );
    expect(first.results).toEqual([
      { tenantId, day: new Date(day.toISOString().slice(0, 10)), written: 12, alreadyTaken: false },
    ]);
    const rows = await db.prisma.forecastSnapshot.findMany({
      where: { tenantId, pipelineId: 'tp', day: new Date(day.toISOString().slice(0, 10)) },
      orderBy: { month: 'asc' },
    });
    expect(
      rows.map((r) => [r.month, r.openValue.toFixed(2), r.weightedValue.toFixed(2), r.dealCount]),
    ).toEqual([
      [monthText(0), '0.00', '0.00', 0],
      [monthText(1), '2000.00', '1000.00', 1],
      [monthText(2), '0.00', '0.00', 0],
      [monthText(3), '0.00', '0.00', 0],
      [monthText(4), '0.00', '0.00', 0],
      [monthText(5), '0.00', '0.00', 0],
    ]);
    // An hour later, with the deal grown: the day's snapshot stays as it was.
    await db.prisma.deal.update({ where: { id: 'C' }, data: { value: '5000.00' } });
    const again = await takeForecastSnapshot(
      db.prisma,
      tenantId,
      new Date(day.getTime() + 3_600_000),
    );
    expect(again).toMatchObject({ written: 0, alreadyTaken: true });
    const sameDay = await db.prisma.forecastSnapshot.findMany({
      where: {
        tenantId,
        pipelineId: 'tp',
        day: new Date(day.toISOString().slice(0, 10)),
        month: monthText(1),
      },
    });
    expect(sameDay.map((r) => r.openValue.toFixed(2))).toEqual(['2000.00']);
    // The next day gets its own.
    const next = await takeForecastSnapshot(db.prisma, tenantId, new Date(day.getTime() + DAY));
    expect(next).toMatchObject({ written: 12, alreadyTaken: false });
  });
});
