import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createLoaders } from '../../loaders/createLoaders';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { inReportingCurrency } from './inReportingCurrency';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };
const MANAGER = {
  tenantId: DEMO_PRINCIPAL.tenantId,
  userId: 'user-manager',
  role: 'MANAGER' as const,
};
const OTHER_TENANT = { tenantId: 'tenant-fx-other', userId: 'intruder', role: 'ADMIN' as const };

const DAY = 86_400_000;
const now = new Date();
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
const dayText = (date: Date) => date.toISOString().slice(0, 10);
const daysAgo = (n: number) => dayText(new Date(today.getTime() - n * DAY));
const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 14));

let pipelineId: string;
let stageId: string;
const CUSTOMER = 'cust-fx';

async function ok<T>(
  query: string,
  variables?: Record<string, unknown>,
  principal = DEMO_PRINCIPAL,
) {
  const { data, errors } = await api.run<T>(query, variables, principal);
  expect(errors).toBeUndefined();
  return data!;
}

async function refused(
  query: string,
  variables: Record<string, unknown>,
  principal = DEMO_PRINCIPAL,
) {
  const { errors } = await api.run(query, variables, principal);
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

const SET_RATES = `mutation ($rates: [ExchangeRateInput!]!) {
  setExchangeRates(rates: $rates) { id fromCurrency toCurrency date rate } }`;
const CONVERTED =
  'currency amount asOf complete unconverted { currency amount } rates { fromCurrency toCurrency rate date amount converted }';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 20, now });
  await db.prisma.tenant.create({ data: { id: OTHER_TENANT.tenantId, name: 'Other' } });
  // The demo seeds USD and monthly rates; these tests start from none and set their own.
  await db.prisma.tenant.update({
    where: { id: DEMO_PRINCIPAL.tenantId },
    data: { reportingCurrency: null },
  });
  await db.prisma.exchangeRate.deleteMany({});
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  const created = await ok<{ createPipeline: { id: string; stages: { id: string }[] } }>(
    'mutation { createPipeline(name: "FX check", currency: "USD") { id stages { id } } }',
  );
  pipelineId = created.createPipeline.id;
  stageId = created.createPipeline.stages[0]!.id;
  await ok('mutation ($id: ID!) { updateStage(id: $id, input: { probability: 0.5 }) { id } }', {
    id: stageId,
  });
  await ok(
    'mutation { upsertCustomerSignals(input: { customerId: "cust-fx", name: "FX Co" }) { id } }',
  );
  // A ¥ deal in a USD pipeline, a $ deal and a € deal (no € rate is ever stored).
  for (const [value, currency] of [
    ['1000000', 'JPY'],
    ['1000', 'USD'],
    ['500', 'EUR'],
  ])
    await ok('mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }', {
      input: {
        title: `${currency} deal`,
        value,
        currency,
        stageId,
        customerId: CUSTOMER,
        expectedCloseDate: dayText(nextMonth),
      },
    });
});
afterAll(() => db?.drop());

const STAGE_TOTALS = `query ($p: ID!) { pipeline(id: $p) { stages {
  totals { currency amount }
  totalInReportingCurrency { ${CONVERTED} } weightedInReportingCurrency { ${CONVERTED} } } } }`;
type Converted = {
  currency: string;
  amount: string;
  asOf: string;
  complete: boolean;
  unconverted: { currency: string; amount: string }[];
  rates: {
    fromCurrency: string;
    toCurrency: string;
    rate: string;
    date: string;
    amount: string;
    converted: string;
  }[];
};

describe('reporting currency and exchange rates', () => {
  it('gives no converted totals until a reporting currency is set', async () => {
    const data = await ok<{ pipeline: { stages: { totalInReportingCurrency: null }[] } }>(
      STAGE_TOTALS,
      { p: pipelineId },
    );
    expect(data.pipeline.stages[0]!.totalInReportingCurrency).toBeNull();
    expect(
      (await ok<{ currencySettings: unknown }>('{ currencySettings { reportingCurrency } }'))
        .currencySettings,
    ).toEqual({
      reportingCurrency: null,
    });
  });

  it('refuses a bad reporting currency and a rep, and changes nothing', async () => {
    const bad = await refused(
      'mutation { setReportingCurrency(currency: "XYZ") { reportingCurrency } }',
      {},
    );
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const rep = await refused(
      'mutation { setReportingCurrency(currency: "USD") { reportingCurrency } }',
      {},
      REP,
    );
    expect(rep.extensions?.code).toBe('FORBIDDEN');
    const tenant = await db.prisma.tenant.findUnique({ where: { id: DEMO_PRINCIPAL.tenantId } });
    expect(tenant?.reportingCurrency).toBeNull();
  });

  it('stores rates in bulk (a manager), reads them back and replaces a pair and day', async () => {
    await ok(
      'mutation { setReportingCurrency(currency: "USD") { reportingCurrency } }',
      {},
      MANAGER,
    );
    const stored = await ok<{ setExchangeRates: { id: string; rate: string; date: string }[] }>(
      SET_RATES,
      {
        rates: [
          { fromCurrency: 'JPY', toCurrency: 'USD', date: daysAgo(400), rate: '0.006' },
          { fromCurrency: 'JPY', toCurrency: 'USD', date: daysAgo(10), rate: '0.0071' },
          // Dated after today: not used for today's totals.
          {
            fromCurrency: 'JPY',
            toCurrency: 'USD',
            date: dayText(new Date(today.getTime() + 3 * DAY)),
            rate: '0.009',
          },
        ],
      },
      MANAGER,
    );
    expect(stored.setExchangeRates.map((r) => r.rate)).toEqual(['0.006', '0.0071', '0.009']);
    // The same pair and day again replaces the rate.
    await ok(SET_RATES, {
      rates: [{ fromCurrency: 'JPY', toCurrency: 'USD', date: daysAgo(10), rate: '0.0067' }],
    });
    const listed = await ok<{
      exchangeRates: { fromCurrency: string; date: string; rate: string }[];
    }>('{ exchangeRates(currency: "JPY") { fromCurrency toCurrency date rate } }');
    expect(listed.exchangeRates.map((r) => [r.date, r.rate])).toEqual([
      [dayText(new Date(today.getTime() + 3 * DAY)), '0.009'],
      [daysAgo(10), '0.0067'],
      [daysAgo(400), '0.006'],
    ]);
  });

  it.each([
    [
      'an unknown code',
      { fromCurrency: 'XYZ', toCurrency: 'USD', date: daysAgo(1), rate: '1.1' },
      'rates.1',
    ],
    [
      'a zero rate',
      { fromCurrency: 'EUR', toCurrency: 'USD', date: daysAgo(1), rate: '0' },
      'rates.1',
    ],
    [
      'a negative rate',
      { fromCurrency: 'EUR', toCurrency: 'USD', date: daysAgo(1), rate: '-1.1' },
      'rates.1',
    ],
    [
      'a rate with 13 decimals',
      { fromCurrency: 'EUR', toCurrency: 'USD', date: daysAgo(1), rate: '1.0000000000001' },
      'rates.1',
    ],
    [
      'a pair of one currency',
      { fromCurrency: 'USD', toCurrency: 'USD', date: daysAgo(1), rate: '1' },
      'rates.1',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes none of the call', async (_name, bad, field) => {
    const before = await db.prisma.exchangeRate.count();
    const error = await refused(SET_RATES, {
      rates: [{ fromCurrency: 'GBP', toCurrency: 'USD', date: daysAgo(1), rate: '1.27' }, bad],
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(await db.prisma.exchangeRate.count()).toBe(before);
  });

  it('refuses a missing date, an empty list, a repeated pair and day, and a rep', async () => {
    const noDate = await refused(SET_RATES, {
      rates: [{ fromCurrency: 'GBP', toCurrency: 'USD', date: '2026-02-30', rate: '1.2' }],
    });
    expect(noDate.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await refused(SET_RATES, { rates: [] })).extensions?.code).toBe('BAD_USER_INPUT');
    const twice = { fromCurrency: 'GBP', toCurrency: 'USD', date: daysAgo(1), rate: '1.2' };
    expect((await refused(SET_RATES, { rates: [twice, twice] })).extensions?.field).toBe('rates.1');
    const rep = await refused(SET_RATES, { rates: [twice] }, REP);
    expect(rep.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.exchangeRate.count({ where: { fromCurrency: 'GBP' } })).toBe(0);
  });

  it("keeps tenants apart: another tenant neither sees nor deletes this tenant's rates", async () => {
    const mine = await db.prisma.exchangeRate.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId },
    });
    const theirs = await ok<{ exchangeRates: unknown[] }>(
      '{ exchangeRates { id } }',
      {},
      OTHER_TENANT,
    );
    expect(theirs.exchangeRates).toEqual([]);
    const deleted = await ok<{ deleteExchangeRate: boolean }>(
      'mutation ($id: ID!) { deleteExchangeRate(id: $id) }',
      { id: mine.id },
      OTHER_TENANT,
    );
    expect(deleted.deleteExchangeRate).toBe(false);
    expect(await db.prisma.exchangeRate.findUnique({ where: { id: mine.id } })).not.toBeNull();
    // Their own rate and reporting currency do not change ours.
    await ok(
      'mutation { setReportingCurrency(currency: "EUR") { reportingCurrency } }',
      {},
      OTHER_TENANT,
    );
    await ok(
      SET_RATES,
      { rates: [{ fromCurrency: 'JPY', toCurrency: 'USD', date: daysAgo(1), rate: '0.5' }] },
      OTHER_TENANT,
    );
    const ours = await ok<{ currencySettings: { reportingCurrency: string } }>(
      '{ currencySettings { reportingCurrency } }',
    );
    expect(ours.currencySettings.reportingCurrency).toBe('USD');
  });
});

describe('totals in the reporting currency', () => {
  // ¥1,000,000 × 0.0067 (dated ten days ago, the latest on or before today) + $1,000 = $7,700;
  // the €500 has no rate: listed, not added.
  const expectFxTotal = (converted: Converted, amount: string, yen: string) => {
    expect(converted.currency).toBe('USD');
    expect(converted.amount).toBe(amount);
    expect(converted.asOf).toBe(dayText(today));
    expect(converted.complete).toBe(false);
    expect(converted.unconverted).toEqual([
      { currency: 'EUR', amount: yen === '1000000.00' ? '500.00' : '250.00' },
    ]);
    expect(converted.rates).toEqual([
      {
        fromCurrency: 'JPY',
        toCurrency: 'USD',
        rate: '0.0067',
        date: daysAgo(10),
        amount: yen,
        converted: yen === '1000000.00' ? '6700.00' : '3350.00',
      },
    ]);
  };

  it('converts the board column totals, raw and weighted', async () => {
    const data = await ok<{
      pipeline: {
        stages: {
          totals: unknown[];
          totalInReportingCurrency: Converted;
          weightedInReportingCurrency: Converted;
        }[];
      };
    }>(STAGE_TOTALS, { p: pipelineId });
    const stage = data.pipeline.stages[0]!;
    expect(stage.totals).toEqual([
      { currency: 'EUR', amount: '500.00' },
      { currency: 'JPY', amount: '1000000.00' },
      { currency: 'USD', amount: '1000.00' },
    ]);
    expectFxTotal(stage.totalInReportingCurrency, '7700.00', '1000000.00');
    expectFxTotal(stage.weightedInReportingCurrency, '3850.00', '500000.00');
  });

  it("converts the customer's figures", async () => {
    const data = await ok<{
      _entities: {
        openDealInReportingCurrency: Converted;
        weightedDealInReportingCurrency: Converted;
        wonDealInReportingCurrency: Converted;
      }[];
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer {
        openDealInReportingCurrency { ${CONVERTED} } weightedDealInReportingCurrency { ${CONVERTED} }
        wonDealInReportingCurrency { ${CONVERTED} } } } }`,
      { r: [{ __typename: 'Customer', id: CUSTOMER }] },
    );
    const customer = data._entities[0]!;
    expectFxTotal(customer.openDealInReportingCurrency, '7700.00', '1000000.00');
    expectFxTotal(customer.weightedDealInReportingCurrency, '3850.00', '500000.00');
    expect(customer.wonDealInReportingCurrency).toMatchObject({ amount: '0.00', complete: true });
  });

  it('converts every forecast figure, the reps’ too, and the pipeline statistics', async () => {
    const month = dayText(nextMonth).slice(0, 7);
    const data = await ok<{
      forecast: (Record<string, Converted> & { owners: Record<string, Converted>[] })[];
      pipelineStats: { stages: { totalInReportingCurrency: Converted }[] };
    }>(
      `query ($p: ID!, $from: Date, $to: Date) {
        forecast(pipelineId: $p, from: $from, to: $to) {
          totalInReportingCurrency { ${CONVERTED} } weightedInReportingCurrency { ${CONVERTED} }
          bestCaseInReportingCurrency { ${CONVERTED} } expectedInReportingCurrency { ${CONVERTED} }
          wonInReportingCurrency { ${CONVERTED} } overdueInReportingCurrency { ${CONVERTED} }
          owners { expectedInReportingCurrency { ${CONVERTED} } wonInReportingCurrency { ${CONVERTED} } } }
        pipelineStats(pipelineId: $p) { stages { totalInReportingCurrency { ${CONVERTED} } } } }`,
      { p: pipelineId, from: `${month}-01`, to: `${month}-28` },
    );
    const figures = data.forecast[0]!;
    expectFxTotal(figures.totalInReportingCurrency!, '7700.00', '1000000.00');
    expectFxTotal(figures.bestCaseInReportingCurrency!, '7700.00', '1000000.00');
    expectFxTotal(figures.weightedInReportingCurrency!, '3850.00', '500000.00');
    expectFxTotal(figures.expectedInReportingCurrency!, '3850.00', '500000.00');
    expect(figures.wonInReportingCurrency).toMatchObject({ amount: '0.00', complete: true });
    expect(figures.overdueInReportingCurrency).toMatchObject({ amount: '0.00', complete: true });
    expectFxTotal(figures.owners[0]!.expectedInReportingCurrency!, '3850.00', '500000.00');
    expectFxTotal(data.pipelineStats.stages[0]!.totalInReportingCurrency, '7700.00', '1000000.00');
  });

  it('takes the latest rate dated on or before the day, and none from after it', async () => {
    const loaders = createLoaders(db.prisma, DEMO_PRINCIPAL.tenantId);
    const yen = [{ currency: 'JPY', amount: '1000.00' }];
    const at = async (daysBack: number) =>
      inReportingCurrency({ loaders }, yen, new Date(today.getTime() - daysBack * DAY));
    expect((await at(0))!.rates[0]).toMatchObject({ rate: '0.0067', date: new Date(daysAgo(10)) });
    expect((await at(10))!.rates[0]).toMatchObject({ rate: '0.0067', date: new Date(daysAgo(10)) });
    expect((await at(11))!.rates[0]).toMatchObject({ rate: '0.006', date: new Date(daysAgo(400)) });
    expect((await at(11))!.amount).toBe('6.00');
    const before = (await at(401))!;
    expect(before.rates).toEqual([]);
    expect(before.unconverted).toEqual(yen);
    expect(before.amount).toBe('0.00');
  });
});

describe('attainment through the reporting currency', () => {
  it("compares a rep's wins in several currencies with a target in the reporting currency, and only when every win has a rate", async () => {
    await ok('mutation { setReportingCurrency(currency: "USD") { reportingCurrency } }');
    const month = dayText(today).slice(0, 7);
    await ok(SET_RATES, {
      rates: [{ fromCurrency: 'JPY', toCurrency: 'USD', date: dayText(today), rate: '0.0067' }],
    });
    const win = async (value: string, currency: string) => {
      const { createDeal } = await ok<{ createDeal: { id: string; version: number } }>(
        'mutation ($input: CreateDealInput!) { createDeal(input: $input) { id version } }',
        {
          input: {
            title: `Won in ${currency}`,
            value,
            currency,
            stageId,
            ownerId: REP.userId,
            expectedCloseDate: dayText(today),
          },
        },
      );
      await ok(
        'mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }',
        {
          id: createDeal.id,
          v: createDeal.version,
        },
      );
    };
    await win('1000000', 'JPY');
    await win('1000', 'USD');
    await ok(
      'mutation ($input: SalesTargetInput!) { setSalesTarget(input: $input) { id } }',
      { input: { month, pipelineId, ownerId: REP.userId, amount: '15400', currency: 'USD' } },
      MANAGER,
    );
    const repAttainment = async () => {
      const data = await ok<{
        forecast: { owners: { ownerId: string | null; attainment: number | null }[] }[];
      }>(
        'query ($p: ID!, $from: Date, $to: Date) { forecast(pipelineId: $p, from: $from, to: $to) { owners { ownerId attainment } } }',
        { p: pipelineId, from: `${month}-01`, to: dayText(today) },
      );
      return data.forecast[0]!.owners.find((o) => o.ownerId === REP.userId)!.attainment;
    };
    // (¥1,000,000 × 0.0067 + $1,000) / $15,400 = 7,700 / 15,400.
    expect(await repAttainment()).toBe(0.5);
    // A € win has no rate: no ratio rather than one that leaves it out.
    await win('100', 'EUR');
    expect(await repAttainment()).toBeNull();
  });
});
