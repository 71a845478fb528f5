import type { PrismaClient } from '../../db/generated/client';
import type { Dataset } from '../../scoring/model/types';
import { leadFeatureExtractor } from './leadFeatures';
import { engagementAsOf, loadEngagementAfterDecision } from './engagementAsOf';
import { loadFeatureInputs } from './loadFeatureInputs';
import { loadSignalsAtDecision } from './signalsAtDecision';

const leadScoringSelect = {
  id: true,
  source: true,
  metadata: true,
  customerId: true,
  emailsCount: true,
  callsCount: true,
  meetingsCount: true,
  visitsCount: true,
  lastEngagedAt: true,
  createdAt: true,
} as const;

/**
 * Which customer signals row i was built with: none (no customer), those at the decision on the
 * lead, or today's (no dated state from before the decision is known; they may flatter the
 * holdout figures).
 */
export type SignalsAsOf = 'none' | 'decision' | 'today';

/**
 * Leads decided too recently for their outcome to be known yet, left out of training (see
 * `outcomeHorizon`): how far back that is, how many decided leads it leaves out, and how many of
 * their conversions were still open.
 */
export type RecentLeftOut = {
  days: number;
  rows: number;
  pendingConversions: number;
  /** Imported leads decided within those days, kept: their file gave every outcome. */
  importedKept: number;
};

/**
 * Rows oldest decision first: `decidedAt[i]` is the moment row i's features were taken (ascending),
 * `outcomeAt[i]` when its outcome became known.
 */
export type TrainingData = {
  dataset: Dataset;
  /** The lead of each row. */
  leadIds: string[];
  outcomeAt: Date[];
  decidedAt: Date[];
  signalsAsOf: SignalsAsOf[];
  /** Whether row i came from imported history (`importLeadHistory`) rather than the tenant's own leads. */
  imported: boolean[];
  recentLeftOut: RecentLeftOut | null;
};

/** Closed deals of converted leads an outcome horizon needs; with fewer, none is applied. */
export const MIN_CLOSED_CONVERSIONS = 20;
/** The share of converted leads' deals closed within the horizon. */
const HORIZON_QUANTILE = 0.9;

/**
 * How long after its conversion a lead's deal is usually decided: the 90th percentile of the days
 * from a converted lead's deal's creation to its close, over the tenant's closed ones (null below
 * `MIN_CLOSED_CONVERSIONS`). A lead converted more recently than that may still be won or lost,
 * while one disqualified in the same weeks is already an outcome: trained on those alone, the
 * model saw the last months' leads as nearly all lost (on the demo, a win rate of 1 % among the
 * leads decided in the last quarter that had an outcome, against 18 % before), and learned that
 * whatever grows with time (a customer's past wins, say) means losing.
 */
async function outcomeHorizonDays(prisma: PrismaClient, tenantId: string): Promise<number | null> {
  const [row] = await prisma.$queryRaw<{ days: number | null; closed: number }[]>`
    SELECT percentile_cont(${HORIZON_QUANTILE}::float8) WITHIN GROUP (
             ORDER BY extract(epoch FROM d."closedAt" - d."createdAt") / 86400) AS days,
           count(*)::int AS closed
    FROM "Deal" d
    WHERE d."tenantId" = ${tenantId} AND d."leadId" IS NOT NULL AND d."closedAt" IS NOT NULL`;
  if (!row || row.closed < MIN_CLOSED_CONVERSIONS || row.days === null) return null;
  return Math.ceil(Number(row.days));
}

/**
 * The tenant's closed leads as a dataset, oldest decision first (ready for `timeOrderedHoldout`),
 * without those decided within the outcome horizon (`outcomeHorizonDays`).
 * Features are taken as of the decision on the lead (its conversion to a deal, else its outcome),
 * not the deal's close: a won deal closes months later, and recency measured then would tell the
 * model the outcome. Customer signals are as they were then where a dated state is known
 * (`loadSignalsAtDecision`, ADR 034); engagement is as it stood then (`engagementAsOf`: what was
 * logged later is left out), and deal history counts the customer's other deals closed before that moment, as a
 * live score counts those closed before now (the lead's own deal never counts).
 */
export async function loadTrainingData(
  prisma: PrismaClient,
  tenantId: string,
  now: Date = new Date(),
): Promise<TrainingData> {
  const decided = await prisma.lead.findMany({
    where: { tenantId, outcome: { not: null }, outcomeAt: { not: null } },
    select: {
      ...leadScoringSelect,
      outcome: true,
      outcomeAt: true,
      deal: { select: { createdAt: true } },
    },
  });
  type Decided = (typeof decided)[number];
  const decidedAt = (lead: Decided) => lead.deal?.createdAt ?? (lead.outcomeAt as Date);
  // Leads decided within the outcome horizon are left out, whatever their outcome; imported
  // history is final (its file gave every outcome) and stays.
  const horizonDays = await outcomeHorizonDays(prisma, tenantId);
  let leads = decided;
  let recentLeftOut: RecentLeftOut | null = null;
  const imported = new Set(
    (
      await prisma.leadHistoryImportRow.findMany({
        where: { tenantId },
        select: { leadId: true },
      })
    ).map((row) => row.leadId),
  );
  if (horizonDays !== null) {
    const since = new Date(now.getTime() - horizonDays * 86_400_000);
    leads = decided.filter((lead) => imported.has(lead.id) || decidedAt(lead) < since);
    const pendingConversions = await prisma.deal.count({
      where: { tenantId, leadId: { not: null }, closedAt: null, createdAt: { gte: since } },
    });
    recentLeftOut = {
      days: horizonDays,
      rows: decided.length - leads.length,
      pendingConversions,
      importedKept: leads.filter((lead) => imported.has(lead.id) && decidedAt(lead) >= since)
        .length,
    };
  }
  // Oldest decision first: the holdout is the latest 20 % of decisions. By outcome time it was
  // not a slice of time at all: a won lead's outcome comes with its deal's close, months after a
  // lost one decided the same day, so the last outcomes were the wins of older leads.
  leads = [...leads].sort(
    (a, b) => decidedAt(a).getTime() - decidedAt(b).getTime() || (a.id < b.id ? -1 : 1),
  );
  const after = await loadEngagementAfterDecision(prisma, tenantId);
  const asDecided = leads.map((lead) => engagementAsOf(lead, after.get(lead.id), decidedAt(lead)));
  const [loaded, signalsThen] = await Promise.all([
    loadFeatureInputs(prisma, tenantId, asDecided, decidedAt),
    loadSignalsAtDecision(prisma, tenantId),
  ]);
  const signalsAsOf: SignalsAsOf[] = [];
  const inputs = loaded.map((input, i) => {
    const then = input.customer ? signalsThen.get(leads[i]!.id) : undefined;
    signalsAsOf.push(!input.customer ? 'none' : then ? 'decision' : 'today');
    return then?.kind === 'snapshot' ? { ...input, customer: then.customer } : input;
  });
  return {
    dataset: {
      features: leadFeatureExtractor.features,
      rows: inputs.map(leadFeatureExtractor.extract),
      labels: Uint8Array.from(leads, (lead) => (lead.outcome === 'WON' ? 1 : 0)),
    },
    leadIds: leads.map((lead) => lead.id),
    outcomeAt: leads.map((lead) => lead.outcomeAt as Date),
    decidedAt: leads.map(decidedAt),
    signalsAsOf,
    imported: leads.map((lead) => imported.has(lead.id)),
    recentLeftOut,
  };
}
