import type { Prisma, PrismaClient } from '../../subgraph/src/db/generated/client';
import { demoCustomers, INDUSTRIES, COUNTRIES, type DemoCustomer } from './demoCustomers';
import { DEMO_TENANT_ID, DEMO_USERS, REP_IDS } from './demoTenant';
import { ordinalKey } from '../../subgraph/src/services/deals/positionKey';
import { createRandom } from './random';
import { recomputeAllLearnedRates } from '../../subgraph/src/services/deals/recomputeLearnedRates';
import { demoExchangeRates } from './demoExchangeRates';

export type SeedOptions = {
  seed?: number;
  now?: Date;
  leads?: number;
  /** Planned next steps on open deals and leads (default true); tests of planning start without. */
  nextSteps?: boolean;
  /**
   * The demo as the product would have recorded it (default false: the tests' data stays as it
   * was). `npm start` and `db:seed` seed it:
   * - a monthly history of each customer's signals, as a CRM that pushes them would leave
   *   (`CustomerSignalSnapshot`), with every lead decided on the signals of its time (ADR 065);
   * - each lead's emails, calls and meetings logged as dated activities, before its decision, and
   *   those on a converted lead's deal counted toward the lead as logging them does
   *   (`countEngagement`), so a lead's engagement at its decision can be read back. Without them a
   *   converted lead's deal activities were taken off counts that never held them, its recency was
   *   unknown, and the model learned that engagement lowers the score (a new-user session: three
   *   logged touches took a lead from 20 to 10).
   */
  signalHistory?: boolean;
};
export type SeedSummary = {
  customers: number;
  leads: number;
  deals: number;
  activities: number;
  signalSnapshots: number;
};

const DAY = 86_400_000;
const HISTORY_DAYS = 548; // 18 months
const SOURCES = [
  ['website', 30],
  ['referral', 12],
  ['event', 12],
  ['partner', 10],
  ['outbound', 20],
  ['paid_ads', 16],
] as const;
const SOURCE_EFFECT: Record<string, number> = {
  referral: 0.9,
  partner: 0.5,
  event: 0.2,
  website: 0,
  outbound: -0.5,
  paid_ads: -0.3,
};
const SENIORITY = [
  ['c_level', 8, 'CEO', 0.7],
  ['vp', 12, 'VP Sales', 0.6],
  ['director', 20, 'Director of Operations', 0.35],
  ['manager', 30, 'Operations Manager', 0],
  ['individual', 30, 'Analyst', -0.45],
] as const;
const FIRST = [
  'Alex',
  'Jamie',
  'Chris',
  'Pat',
  'Robin',
  'Drew',
  'Kim',
  'Lee',
  'Noor',
  'Ana',
  'Ivan',
  'Mia',
  'Omar',
  'Lena',
  'Yuki',
  'Sofia',
];
const LAST = [
  'Smith',
  'Garcia',
  'Müller',
  'Rossi',
  'Khan',
  'Silva',
  'Kowalski',
  'Nguyen',
  'Brown',
  'Johansson',
  'Tanaka',
  'Dubois',
];
const LOST_REASONS = ['Price', 'Chose a competitor', 'No budget', 'Timing', 'No decision'];

type StageSpec = {
  name: string;
  kind: 'OPEN' | 'WON' | 'LOST';
  probability: number | null;
  rottingDays: number | null;
};
const NEW_BUSINESS: StageSpec[] = [
  { name: 'Qualification', kind: 'OPEN', probability: 0.1, rottingDays: null },
  { name: 'Discovery', kind: 'OPEN', probability: null, rottingDays: null },
  { name: 'Proposal', kind: 'OPEN', probability: 0.5, rottingDays: null },
  { name: 'Negotiation', kind: 'OPEN', probability: null, rottingDays: null },
  { name: 'Won', kind: 'WON', probability: null, rottingDays: null },
  { name: 'Lost', kind: 'LOST', probability: null, rottingDays: null },
];
const EXPANSION: StageSpec[] = [
  { name: 'Opportunity', kind: 'OPEN', probability: null, rottingDays: null },
  { name: 'Proposal', kind: 'OPEN', probability: 0.4, rottingDays: null },
  { name: 'Commit', kind: 'OPEN', probability: 0.8, rottingDays: 10 },
  { name: 'Won', kind: 'WON', probability: null, rottingDays: null },
  { name: 'Lost', kind: 'LOST', probability: null, rottingDays: null },
];

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const pad = (n: number) => String(n).padStart(5, '0');

type Stage = { id: string; pipelineId: string; kind: StageSpec['kind']; name: string };

/** Start of the UTC day: the seed is deterministic for a given seed and day. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Demo data for one tenant: customers with signals, two pipelines, leads and deals over 18 months
 * whose outcomes depend on the signals (health, usage, seniority, source, engagement), so the
 * scoring model has something real to learn. Deterministic for a seed and a day.
 */
export async function seedDemo(
  prisma: PrismaClient,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const seed = options.seed ?? 42;
  const now = startOfDay(options.now ?? new Date());
  const tenantId = DEMO_TENANT_ID;
  const random = createRandom(seed);
  const customers = demoCustomers(seed);
  const leadCount = options.leads ?? 5000;
  const history = options.signalHistory ? signalHistory(customers, now, seed) : null;
  const signalsAt = (customer: DemoCustomer, at: Date): CustomerSignals =>
    history?.at(customer, at) ?? customer;

  const pipelines = [
    { id: 'pl-new', name: 'New business', position: 0, stages: NEW_BUSINESS },
    { id: 'pl-exp', name: 'Expansion', position: 1, stages: EXPANSION },
  ];
  const stagesByPipeline = new Map<string, Stage[]>(
    pipelines.map((p) => [
      p.id,
      p.stages.map((s, i) => ({
        id: `${p.id}-st-${i}`,
        pipelineId: p.id,
        kind: s.kind,
        name: s.name,
      })),
    ]),
  );

  const leads: Prisma.LeadCreateManyInput[] = [];
  const deals: Prisma.DealCreateManyInput[] = [];
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const positions = new Map<string, number>();
  const nextPosition = (stageId: string) => {
    const p = positions.get(stageId) ?? 0;
    positions.set(stageId, p + 1);
    return p;
  };

  // The emails, calls and meetings logged on each deal, and the last one's time.
  const dealEngagement = new Map<
    string,
    { EMAIL: number; CALL: number; MEETING: number; last: number }
  >();
  // Dates of the leads' own logged engagement (with `signalHistory`): a generator of their own, so
  // the rest of the demo is the same with or without them.
  const engagementRandom = createRandom(seed * 104_729 + 3);
  const addDeal = (input: {
    pipelineId: string;
    customer: DemoCustomer | null;
    leadId: string | null;
    ownerId: string;
    title: string;
    value: number;
    createdAt: Date;
    pWin: number;
  }): 'WON' | 'LOST' | 'OPEN' => {
    const id = `deal-${pad(deals.length + 1)}`;
    const stages = stagesByPipeline.get(input.pipelineId) as Stage[];
    const open = stages.filter((s) => s.kind === 'OPEN');
    const won = stages.find((s) => s.kind === 'WON') as Stage;
    const lost = stages.find((s) => s.kind === 'LOST') as Stage;
    const age = (now.getTime() - input.createdAt.getTime()) / DAY;
    const cycleDays = 30 + random.int(0, 150);
    let outcome: 'WON' | 'LOST' | 'OPEN' = 'OPEN';
    if (age > cycleDays) outcome = random.chance(input.pWin) ? 'WON' : 'LOST';
    // An open deal has sat in its current stage for part of a typical stay (the cycle split over
    // its stages), so a believable share of open deals is past its stage's usual time (rotting);
    // one older than that has moved on at about a stage per typical stay.
    const typicalStay = cycleDays / (open.length + 1);
    const inStageDays = outcome === 'OPEN' ? Math.min(age, typicalStay * random.next() * 1.3) : 0;
    // Path: won deals pass every open stage; lost deals stop at a stage reached; open deals sit where they are.
    const reached =
      outcome === 'WON'
        ? open.length
        : outcome === 'LOST'
          ? 1 +
            Math.min(open.length - 1, Math.floor(random.next() ** (1.6 - input.pWin) * open.length))
          : 1 +
            Math.min(
              open.length - 1,
              Math.max(
                Math.floor((age / cycleDays) * open.length * random.next() * 1.4),
                Math.ceil((age - inStageDays) / typicalStay - 0.5),
              ),
            );
    const path = open.slice(0, reached);
    const finalStage = outcome === 'WON' ? won : outcome === 'LOST' ? lost : (path.at(-1) as Stage);
    const span = outcome === 'OPEN' ? Math.max(1, age - inStageDays) : Math.min(cycleDays, age);
    const steps = outcome === 'OPEN' ? Math.max(1, path.length - 1) : path.length + 1;
    let at = input.createdAt.getTime();
    const stepMs = (span * DAY) / Math.max(1, steps);
    activities.push({
      tenantId,
      dealId: id,
      type: 'CREATED',
      actorId: input.ownerId,
      payload: { stageId: path[0]?.id, stage: path[0]?.name },
      occurredAt: new Date(at),
    });
    let previous = path[0] as Stage;
    const moves = [...path.slice(1), ...(outcome === 'OPEN' ? [] : [finalStage])];
    for (const stage of moves) {
      at += stepMs * (0.5 + random.next());
      at = Math.min(at, now.getTime() - Math.max(1, inStageDays) * DAY);
      activities.push({
        tenantId,
        dealId: id,
        type: stage.kind === 'WON' ? 'WON' : stage.kind === 'LOST' ? 'LOST' : 'STAGE_CHANGED',
        actorId: input.ownerId,
        payload: {
          fromStageId: previous.id,
          toStageId: stage.id,
          fromStage: previous.name,
          toStage: stage.name,
        },
        occurredAt: new Date(at),
      });
      previous = stage;
    }
    for (let n = random.poisson(2); n > 0; n--) {
      const when =
        input.createdAt.getTime() + random.next() * Math.max(1, at - input.createdAt.getTime());
      const type = random.pick(['NOTE', 'CALL', 'EMAIL', 'MEETING'] as const);
      const body = {
        NOTE: 'Discussed rollout plan and timeline',
        CALL: 'Call about pricing options',
        EMAIL: 'Sent proposal follow-up',
        MEETING: 'Demo with the buying committee',
      }[type];
      activities.push({
        tenantId,
        dealId: id,
        type,
        actorId: input.ownerId,
        body,
        payload: {},
        occurredAt: new Date(when),
      });
      if (type !== 'NOTE') {
        const engaged = dealEngagement.get(id) ?? { EMAIL: 0, CALL: 0, MEETING: 0, last: 0 };
        engaged[type] += 1;
        engaged.last = Math.max(engaged.last, when);
        dealEngagement.set(id, engaged);
      }
    }
    const closedAt = outcome === 'OPEN' ? null : new Date(at);
    deals.push({
      id,
      tenantId,
      pipelineId: input.pipelineId,
      stageId: finalStage.id,
      customerId: input.customer?.id ?? null,
      leadId: input.leadId,
      ownerId: input.ownerId,
      title: input.title,
      value: input.value.toFixed(2),
      currency: 'USD',
      expectedCloseDate: new Date(
        outcome === 'OPEN'
          ? now.getTime() + random.int(5, 150) * DAY
          : (closedAt as Date).getTime(),
      ),
      position: ordinalKey(nextPosition(finalStage.id)),
      version: 1 + moves.length,
      stageEnteredAt: new Date(at),
      closedAt,
      lostReason: outcome === 'LOST' ? random.pick(LOST_REASONS) : null,
      createdAt: input.createdAt,
      updatedAt: new Date(at),
    });
    return outcome;
  };

  for (let i = 1; i <= leadCount; i++) {
    const id = `lead-${pad(i)}`;
    const customer = random.chance(0.8) ? random.pick(customers) : null;
    const createdAt = new Date(now.getTime() - random.next() * HISTORY_DAYS * DAY);
    const source = random.weighted(SOURCES.map(([s, w]) => [s, w] as const));
    const [seniority, , title, seniorityEffect] = random.weighted(
      SENIORITY.map((s) => [s, s[1]] as const),
    );
    const interest = random.normal(0, 1);
    const emails = random.poisson(Math.exp(0.8 + 0.35 * interest));
    const calls = random.poisson(Math.exp(-0.2 + 0.4 * interest));
    const meetings = random.poisson(Math.exp(-1 + 0.5 * interest));
    const visits = random.poisson(Math.exp(1.2 + 0.3 * interest));
    const ageDays = (now.getTime() - createdAt.getTime()) / DAY;
    const lastEngagedAt =
      emails + calls + meetings + visits > 0
        ? new Date(createdAt.getTime() + random.next() * Math.min(ageDays, 60) * DAY)
        : null;
    const employees = customer?.employees ?? Math.round(Math.exp(random.normal(3.5, 1.2))) + 2;
    const noise = random.normal(0, 0.3);
    const ownerId = random.chance(0.92) ? random.pick(REP_IDS) : null;
    const company =
      customer?.name ??
      `${random.pick(['Delta', 'Orbit', 'Lumen', 'Kite', 'Maple'])} ${random.pick(['Group', 'Co', 'Inc', 'GmbH'])}`;
    const personName = `${random.pick(FIRST)} ${random.pick(LAST)}`;
    let status: Prisma.LeadCreateManyInput['status'] = 'NEW';
    let outcome: Prisma.LeadCreateManyInput['outcome'] = null;
    let outcomeAt: Date | null = null;
    const resolveAfter = 14 + random.int(0, 120);
    const decidedAt = new Date(createdAt.getTime() + resolveAfter * DAY);
    // The "true" propensity: non-linear in health (a threshold), usage and engagement, with a
    // health x usage-trend interaction; missing customer data carries its own (negative) signal.
    // A lead is decided on its customer as it was then (as it is now while the lead is open).
    const signals = customer ? signalsAt(customer, ageDays > resolveAfter ? decidedAt : now) : null;
    const utilisation = signals ? signals.activeUsers / signals.seats : null;
    const health = signals?.healthScore;
    const logit =
      -1.2 +
      (SOURCE_EFFECT[source] ?? 0) +
      seniorityEffect +
      (health === undefined ? -0.4 : health >= 70 ? 0.9 : health >= 45 ? 0.2 : -0.8) +
      (utilisation === null ? 0 : 1.2 * (Math.min(utilisation, 1) - 0.5)) +
      (signals && health !== undefined && health >= 60 && signals.usageTrend > 0 ? 0.6 : 0) +
      0.5 * Math.log1p(meetings) +
      0.25 * Math.log1p(calls) +
      0.1 * Math.log1p(emails) +
      (customer?.plan === 'enterprise' ? 0.3 : customer?.plan === 'free' ? -0.3 : 0) +
      noise;
    const pConvert = sigmoid(logit - 0.7);
    const pWin = sigmoid(logit + 0.6);
    activities.push({
      tenantId,
      leadId: id,
      type: 'CREATED',
      actorId: ownerId,
      payload: { source },
      occurredAt: createdAt,
    });
    if (ageDays > resolveAfter) {
      if (random.chance(pConvert)) {
        status = 'CONVERTED';
        activities.push({
          tenantId,
          leadId: id,
          type: 'CONVERTED',
          actorId: ownerId,
          payload: {},
          occurredAt: decidedAt,
        });
        const dealOutcome = addDeal({
          pipelineId: pipelines[0]!.id,
          customer,
          leadId: id,
          ownerId: ownerId ?? random.pick(REP_IDS),
          title: `${company} — ${random.pick(['Platform', 'Team plan', 'Pilot', 'Rollout', 'Annual contract'])}`,
          value: Math.round((2_000 + employees * (40 + random.next() * 120)) / 100) * 100,
          createdAt: decidedAt,
          pWin,
        });
        if (dealOutcome !== 'OPEN') {
          outcome = dealOutcome;
          outcomeAt = deals.at(-1)?.closedAt as Date;
        }
      } else {
        status = 'DISQUALIFIED';
        outcome = 'LOST';
        outcomeAt = decidedAt;
        activities.push({
          tenantId,
          leadId: id,
          type: 'STATUS_CHANGED',
          actorId: ownerId,
          payload: { from: 'WORKING', to: 'DISQUALIFIED' },
          occurredAt: decidedAt,
        });
      }
    } else {
      status = random.pick(['NEW', 'WORKING', 'WORKING', 'QUALIFIED'] as const);
    }
    // As logged (signalHistory): the lead's own emails, calls and meetings as dated activities
    // before its decision (and within its first 60 days), then its deal's, which count toward it.
    let counts = { EMAIL: emails, CALL: calls, MEETING: meetings };
    let lastEngaged = lastEngagedAt;
    if (history) {
      const windowEnd = Math.min(
        createdAt.getTime() + 60 * DAY,
        ageDays > resolveAfter ? decidedAt.getTime() : now.getTime(),
      );
      let last = 0;
      for (const type of ['EMAIL', 'CALL', 'MEETING'] as const) {
        for (let n = counts[type]; n > 0; n--) {
          const at =
            createdAt.getTime() + engagementRandom.next() * (windowEnd - createdAt.getTime());
          last = Math.max(last, at);
          activities.push({
            tenantId,
            leadId: id,
            type,
            actorId: ownerId,
            payload: {},
            occurredAt: new Date(at),
          });
        }
      }
      const onDeal = status === 'CONVERTED' ? dealEngagement.get(String(deals.at(-1)?.id)) : null;
      if (onDeal) {
        counts = {
          EMAIL: counts.EMAIL + onDeal.EMAIL,
          CALL: counts.CALL + onDeal.CALL,
          MEETING: counts.MEETING + onDeal.MEETING,
        };
        last = Math.max(last, onDeal.last);
      }
      lastEngaged = last > 0 ? new Date(last) : null;
    }
    leads.push({
      id,
      tenantId,
      name: personName,
      email: `${personName.toLowerCase().replace(/[^a-z]+/g, '.')}@${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
      source,
      status,
      metadata: {
        company,
        title,
        seniority,
        industry: customer?.industry ?? random.pick(INDUSTRIES),
        employees,
        annualRevenue: customer?.annualRevenue ?? employees * 90_000,
        country: customer?.country ?? random.pick(COUNTRIES),
      },
      customerId: customer?.id ?? null,
      ownerId,
      emailsCount: counts.EMAIL,
      callsCount: counts.CALL,
      meetingsCount: counts.MEETING,
      visitsCount: visits,
      lastEngagedAt: lastEngaged,
      outcome,
      outcomeAt,
      createdAt,
      updatedAt: outcomeAt ?? createdAt,
    });
  }

  // Expansion deals for existing customers, without a lead.
  for (let i = 0; i < Math.round(leadCount * 0.07); i++) {
    const customer = random.pick(customers);
    addDeal({
      pipelineId: pipelines[1]!.id,
      customer,
      leadId: null,
      ownerId: random.pick(REP_IDS),
      title: `${customer.name} — ${random.pick(['More seats', 'Upgrade to enterprise', 'New team', 'Add-on'])}`,
      value: Math.round((customer.seats * (200 + random.next() * 400)) / 100) * 100 + 500,
      createdAt: new Date(now.getTime() - random.next() * HISTORY_DAYS * DAY),
      pWin: sigmoid(-0.2 + 1.5 * customer.quality),
    });
  }

  await prisma.$transaction(
    async (tx) => {
      await tx.tenant.create({
        data: { id: tenantId, name: 'Demo Sales Co', reportingCurrency: 'USD' },
      });
      await tx.exchangeRate.createMany({ data: demoExchangeRates(tenantId, now) });
      await tx.user.createMany({ data: DEMO_USERS.map((u) => ({ ...u, tenantId })) });
      await tx.customer.createMany({
        data: customers.map((c) => ({
          id: c.id,
          tenantId,
          name: c.name,
          healthScore: c.healthScore,
          activeUsers: c.activeUsers,
          seats: c.seats,
          usageTrend: c.usageTrend,
          industry: c.industry,
          employees: c.employees,
          annualRevenue: c.annualRevenue.toFixed(2),
          country: c.country,
          plan: c.plan,
          mrr: c.mrr.toFixed(2),
          signalsUpdatedAt: new Date(now.getTime() - random.int(0, 10) * DAY),
        })),
      });
      for (const pipeline of pipelines) {
        // The pipelines exist since before the history begins: a stage's rate counts only the
        // deals closed after the stage was created (ADR 026).
        const since = new Date(now.getTime() - (HISTORY_DAYS + 1) * DAY);
        await tx.pipeline.create({
          data: {
            id: pipeline.id,
            tenantId,
            name: pipeline.name,
            position: pipeline.position,
            createdAt: since,
          },
        });
        await tx.pipelineStage.createMany({
          data: pipeline.stages.map((s, order) => ({
            id: `${pipeline.id}-st-${order}`,
            tenantId,
            pipelineId: pipeline.id,
            order,
            createdAt: since,
            ...s,
            handRottingDays: s.rottingDays,
          })),
        });
      }
      for (const chunk of chunks(history?.snapshots ?? [], 2000))
        await tx.customerSignalSnapshot.createMany({ data: chunk });
      for (const chunk of chunks(leads, 1000)) await tx.lead.createMany({ data: chunk });
      for (const chunk of chunks(deals, 1000)) await tx.deal.createMany({ data: chunk });
      for (const chunk of chunks(activities, 2000)) await tx.activity.createMany({ data: chunk });
      if (options.nextSteps ?? true)
        await tx.plannedActivity.createMany({ data: plannedNextSteps(deals, leads, now, seed) });
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  // Stage rates and rotting thresholds from the history just written, as of the seed's day.
  await recomputeAllLearnedRates(prisma, { now });

  return {
    customers: customers.length,
    leads: leads.length,
    deals: deals.length,
    activities: activities.length,
    signalSnapshots: history?.snapshots.length ?? 0,
  };
}

type CustomerSignals = Pick<DemoCustomer, 'healthScore' | 'seats' | 'activeUsers' | 'usageTrend'>;

/** Months of signal history before today: more than the 18 months of leads and deals. */
const HISTORY_MONTHS = 19;
const MONTH_DAYS = 30;

/**
 * Each customer's signals once a month, from today's back: health, active users and usage trend
 * drift month to month (a random walk that ends at today's values), seats and the rest stay. The
 * state of a moment is the latest copy at or before it, as training reads it (ADR 034). Drawn
 * from a generator of its own.
 */
function signalHistory(customers: DemoCustomer[], now: Date, seed: number) {
  const random = createRandom(seed * 104_729 + 3);
  const snapshots: Prisma.CustomerSignalSnapshotCreateManyInput[] = [];
  const states = new Map<string, { observedAt: number; signals: CustomerSignals }[]>();
  for (const customer of customers) {
    const monthly: { observedAt: number; signals: CustomerSignals }[] = [];
    let { healthScore, activeUsers, usageTrend } = customer;
    // Some customers use more seats than they pay for today; none ever used more than that.
    const mostUsers = Math.max(customer.seats, customer.activeUsers);
    for (let m = 0; m <= HISTORY_MONTHS; m++) {
      if (m > 0) {
        healthScore = Math.round(Math.max(1, Math.min(100, healthScore + random.normal(0, 6))));
        activeUsers = Math.max(
          0,
          Math.min(mostUsers, Math.round(activeUsers + customer.seats * random.normal(0, 0.06))),
        );
        usageTrend = Math.round((usageTrend + random.normal(0, 0.05)) * 100) / 100;
      }
      const observedAt = now.getTime() - m * MONTH_DAYS * DAY;
      const signals = { healthScore, seats: customer.seats, activeUsers, usageTrend };
      monthly.unshift({ observedAt, signals });
      snapshots.push({
        tenantId: DEMO_TENANT_ID,
        customerId: customer.id,
        observedAt: new Date(observedAt),
        ...signals,
        industry: customer.industry,
        employees: customer.employees,
        annualRevenue: customer.annualRevenue.toFixed(2),
        country: customer.country,
        plan: customer.plan,
        mrr: customer.mrr.toFixed(2),
      });
    }
    states.set(customer.id, monthly);
  }
  return {
    snapshots,
    at(customer: DemoCustomer, at: Date): CustomerSignals {
      const monthly = states.get(customer.id)!;
      let state = monthly[0]!.signals;
      for (const entry of monthly) if (entry.observedAt <= at.getTime()) state = entry.signals;
      return state;
    },
  };
}

const NEXT_STEPS = [
  ['CALL', 'Check in on the decision'],
  ['CALL', 'Walk through pricing'],
  ['MEETING', 'Demo for the wider team'],
  ['EMAIL', 'Send the proposal follow-up'],
  ['TASK', 'Prepare the order form'],
] as const;

/**
 * What a working team has planned: about 70 % of open deals and 10 % of open leads have a next
 * step, due from three days ago (overdue) to ten days ahead at a business hour, owned by the
 * record's owner. Drawn from a generator of its own, so the history above stays the same.
 */
function plannedNextSteps(
  deals: Prisma.DealCreateManyInput[],
  leads: Prisma.LeadCreateManyInput[],
  now: Date,
  seed: number,
): Prisma.PlannedActivityCreateManyInput[] {
  const random = createRandom(seed + 1);
  const planned: Prisma.PlannedActivityCreateManyInput[] = [];
  const plan = (target: { dealId: string } | { leadId: string }, ownerId: string, p: number) => {
    if (!random.chance(p)) return;
    const [type, subject] = random.pick(NEXT_STEPS);
    const dueAt = new Date(
      now.getTime() + random.int(-3, 10) * DAY + random.int(9, 16) * 3_600_000,
    );
    planned.push({ tenantId: DEMO_TENANT_ID, ...target, type, subject, dueAt, ownerId });
  };
  for (const deal of deals)
    if (!deal.closedAt && deal.id) plan({ dealId: deal.id }, deal.ownerId!, 0.7);
  for (const lead of leads)
    if (lead.status !== 'CONVERTED' && !lead.outcome && lead.id && lead.ownerId)
      plan({ leadId: lead.id }, lead.ownerId, 0.1);
  return planned;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
