import type { PrismaClient } from '../../db/generated/client';
import type { DealFeatureInput } from './dealFeatures';
import { mediansBefore } from './mediansBefore';
import { loadStageEvents, stageTimeline } from './stageTimeline';

/** A deal and the moment its features are taken at. */
export type DealMoment = { dealId: string; at: Date };

/**
 * Which customer signals a row was built with: none (no customer), those of its moment (a dated
 * copy, or signals last pushed before it), or today's (no state from before the moment is known).
 */
export type DealSignalsAsOf = 'none' | 'moment' | 'today';

export type DealFeatures = {
  dealId: string;
  input: DealFeatureInput;
  signalsAsOf: DealSignalsAsOf;
  /** The open stage at the moment (null when unknown) and the furthest one reached by then. */
  stageId: string | null;
  furthestOrder: number | null;
};

const DAY = 86_400_000;
const ENGAGEMENT = ['CALL', 'EMAIL', 'MEETING', 'NOTE'];
/** An owner's win rate is shown from this many closed deals. */
export const OWNER_RATE_MIN_DEALS = 5;

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** How many of `list` (sorted by `at`) are before `t`. */
function countBefore(list: readonly { at: number }[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each row, the median of its group's points before the row's time (`mediansBefore`, one
 * sweep a group); null for a row without a group or with no point before it.
 */
function mediansByGroup<Row extends { t: number }>(
  rows: readonly Row[],
  groupOf: (row: Row) => string | null,
  pointsOf: (group: string) => readonly { at: number; value: number }[],
): (number | null)[] {
  const members = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const group = groupOf(row);
    if (group !== null) push(members, group, i);
  });
  const result = new Array<number | null>(rows.length).fill(null);
  for (const [group, at] of members) {
    const medians = mediansBefore(
      pointsOf(group),
      at.map((i) => rows[i]!.t),
    );
    at.forEach((row, k) => (result[row] = medians[k]!));
  }
  return result;
}

type ActivityRow = { n: number; count: number; meetings: number; last: Date | null };
type SignalRow = {
  n: number;
  snapshotAt: Date | null;
  unchanged: boolean;
  healthScore: number | null;
  activeUsers: number | null;
  seats: number | null;
  usageTrend: number | null;
};
type LeadScoreRow = { n: number; score: number | null };

/**
 * The features of each deal as of its moment: the one function behind live scores (moment = now)
 * and training rows (moment = the close), so a model learns from rows built exactly as the rows it
 * scores (ADR 039, as ADR 034 does for leads). Nothing logged, pushed or closed after the moment
 * is seen: the stage and days in it come from the stage timeline, activities are those logged
 * before, the customer's signals are the latest dated copy at or before the moment, the lead's
 * score its latest snapshot then, and medians and win rates count only what ended before it.
 * Rows come back in the order of `moments`; a deal of another tenant or unknown is left out.
 */
export async function dealFeaturesAsOf(
  prisma: PrismaClient,
  tenantId: string,
  moments: readonly DealMoment[],
): Promise<DealFeatures[]> {
  if (!moments.length) return [];
  const [deals, stages, events] = await Promise.all([
    prisma.deal.findMany({
      where: { tenantId },
      select: {
        id: true,
        pipelineId: true,
        stageId: true,
        ownerId: true,
        value: true,
        currency: true,
        createdAt: true,
        stageEnteredAt: true,
        closedAt: true,
      },
    }),
    prisma.pipelineStage.findMany({
      where: { tenantId },
      select: { id: true, name: true, kind: true, order: true },
    }),
    loadStageEvents(prisma, tenantId),
  ]);
  const byId = new Map(deals.map((d) => [d.id, d]));
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const known = moments.filter((m) => byId.has(m.dealId));
  const ids = known.map((m) => m.dealId);
  const ats = known.map((m) => m.at.toISOString());
  const [activities, signals, leadScores] = await Promise.all([
    prisma.$queryRaw<ActivityRow[]>`
      SELECT t.n::int AS n, count(a.id)::int AS count,
             (count(a.id) FILTER (WHERE a.type = 'MEETING'))::int AS meetings,
             max(a."occurredAt") AS last
      FROM unnest(${ids}::text[], ${ats}::text[]) WITH ORDINALITY AS t(id, at, n)
      JOIN "Activity" a ON a."dealId" = t.id AND a."tenantId" = ${tenantId}
        AND a."occurredAt" < t.at::timestamp(3) AND a.type::text = ANY(${ENGAGEMENT}::text[])
      GROUP BY t.n`,
    prisma.$queryRaw<SignalRow[]>`
      SELECT t.n::int AS n, s."observedAt" AS "snapshotAt",
             COALESCE(c."signalsUpdatedAt" <= t.at::timestamp(3), false) AS unchanged,
             CASE WHEN s.id IS NULL THEN c."healthScore" ELSE s."healthScore" END AS "healthScore",
             CASE WHEN s.id IS NULL THEN c."activeUsers" ELSE s."activeUsers" END AS "activeUsers",
             CASE WHEN s.id IS NULL THEN c.seats ELSE s.seats END AS seats,
             CASE WHEN s.id IS NULL THEN c."usageTrend" ELSE s."usageTrend" END AS "usageTrend"
      FROM unnest(${ids}::text[], ${ats}::text[]) WITH ORDINALITY AS t(id, at, n)
      JOIN "Deal" d ON d.id = t.id AND d."tenantId" = ${tenantId}
      JOIN "Customer" c ON c.id = d."customerId" AND c."tenantId" = d."tenantId"
      LEFT JOIN LATERAL (
        SELECT * FROM "CustomerSignalSnapshot" s
        WHERE s."tenantId" = d."tenantId" AND s."customerId" = d."customerId"
          AND s."observedAt" <= t.at::timestamp(3)
        ORDER BY s."observedAt" DESC LIMIT 1
      ) s ON true`,
    prisma.$queryRaw<LeadScoreRow[]>`
      SELECT t.n::int AS n,
             COALESCE(s.score, CASE WHEN l."scoredAt" <= t.at::timestamp(3) THEN l.score END) AS score
      FROM unnest(${ids}::text[], ${ats}::text[]) WITH ORDINALITY AS t(id, at, n)
      JOIN "Deal" d ON d.id = t.id AND d."tenantId" = ${tenantId}
      JOIN "Lead" l ON l.id = d."leadId" AND l."tenantId" = d."tenantId"
      LEFT JOIN LATERAL (
        SELECT s.score FROM "LeadScoreSnapshot" s
        WHERE s."tenantId" = l."tenantId" AND s."leadId" = l.id AND s."createdAt" <= t.at::timestamp(3)
        ORDER BY s."createdAt" DESC LIMIT 1
      ) s ON true`,
  ]);
  // By moment (1-based, as WITH ORDINALITY counts), not by deal: a training deal has a moment per
  // stay, and each must see only what came before its own (ADR 074).
  const activityOf = new Map(activities.map((r) => [r.n, r]));
  const signalsOf = new Map(signals.map((r) => [r.n, r]));
  const leadScoreOf = new Map(leadScores.map((r) => [r.n, r.score]));

  const timeline = stageTimeline(events, (id) => stageById.get(id));
  // Values of the pipeline's deals per currency, and each owner's closes, oldest first.
  const valuesOf = new Map<string, { at: number; value: number }[]>();
  const closesOf = new Map<string, { at: number; won: boolean }[]>();
  for (const d of deals) {
    const key = `${d.pipelineId}:${d.currency}`;
    push(valuesOf, key, { at: d.createdAt.getTime(), value: Number(d.value) });
    const kind = stageById.get(d.stageId)?.kind;
    if (d.ownerId && d.closedAt && kind !== 'OPEN')
      push(closesOf, d.ownerId, { at: d.closedAt.getTime(), won: kind === 'WON' });
  }
  for (const list of valuesOf.values()) list.sort((a, b) => a.at - b.at);
  for (const list of closesOf.values()) list.sort((a, b) => a.at - b.at);
  // Each owner's wins among their first k closes: a win rate before t is two binary searches.
  const winsOf = new Map(
    [...closesOf].map(([owner, list]) => {
      const wins = [0];
      for (const close of list) wins.push(wins.at(-1)! + (close.won ? 1 : 0));
      return [owner, wins] as const;
    }),
  );

  const rows = known.map(({ dealId, at }) => {
    const deal = byId.get(dealId)!;
    const t = at.getTime();
    const position = timeline.positionAt(dealId, t, {
      stageId: stageById.get(deal.stageId)?.kind === 'OPEN' ? deal.stageId : null,
      enteredAt: deal.stageEnteredAt.getTime(),
    });
    const stage = position.stageId ? stageById.get(position.stageId) : undefined;
    return { dealId, deal, t, position, stage };
  });
  // The medians of every row at once, one sweep per pipeline currency and per stage: a median of
  // each row's own prefix, sorted row by row, made training quadratic in the deals closed.
  const typicalValues = mediansByGroup(
    rows,
    (row) => `${row.deal.pipelineId}:${row.deal.currency}`,
    (key) => valuesOf.get(key) ?? [],
  );
  const stageMedians = mediansByGroup(
    rows,
    (row) => row.stage?.id ?? null,
    (stageId) => timeline.staysIn(stageId).map((stay) => ({ at: stay.endedAt, value: stay.days })),
  );

  return rows.map(({ dealId, deal, t, position, stage }, i) => {
    const closes = deal.ownerId ? closesOf.get(deal.ownerId) : undefined;
    const closedBefore = closes ? countBefore(closes, t) : 0;
    const wonBefore = closes ? winsOf.get(deal.ownerId!)![closedBefore]! : 0;
    const activity = activityOf.get(i + 1);
    const signal = signalsOf.get(i + 1);
    return {
      dealId,
      stageId: stage?.id ?? null,
      furthestOrder: position.furthestOrder,
      signalsAsOf: !signal ? 'none' : signal.snapshotAt || signal.unchanged ? 'moment' : 'today',
      input: {
        stageName: stage?.name ?? null,
        daysInStage: position.enteredAt === null ? null : (t - position.enteredAt) / DAY,
        stageMedianDays: stageMedians[i]!,
        ageDays: (t - deal.createdAt.getTime()) / DAY,
        value: Number(deal.value),
        typicalValue: typicalValues[i]!,
        daysSinceActivity: activity?.last ? (t - activity.last.getTime()) / DAY : null,
        activityCount: activity?.count ?? 0,
        meetingCount: activity?.meetings ?? 0,
        healthScore: signal?.healthScore ?? null,
        activeUsers: signal?.activeUsers ?? null,
        seats: signal?.seats ?? null,
        usageTrend: signal?.usageTrend ?? null,
        leadScore: leadScoreOf.get(i + 1) ?? null,
        ownerWinRate: closedBefore >= OWNER_RATE_MIN_DEALS ? wonBefore / closedBefore : null,
      },
    } satisfies DealFeatures;
  });
}
