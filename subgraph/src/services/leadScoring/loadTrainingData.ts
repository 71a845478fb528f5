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

/** `outcomeAt[i]` is when row i's outcome became known (ascending). */
export type TrainingData = { dataset: Dataset; outcomeAt: Date[]; signalsAsOf: SignalsAsOf[] };

/**
 * The tenant's closed leads as a dataset, oldest outcome first (ready for `timeOrderedHoldout`).
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
): Promise<TrainingData> {
  const leads = await prisma.lead.findMany({
    where: { tenantId, outcome: { not: null }, outcomeAt: { not: null } },
    select: {
      ...leadScoringSelect,
      outcome: true,
      outcomeAt: true,
      deal: { select: { createdAt: true } },
    },
    orderBy: [{ outcomeAt: 'asc' }, { id: 'asc' }],
  });
  const decidedAt = (lead: (typeof leads)[number]) =>
    lead.deal?.createdAt ?? (lead.outcomeAt as Date);
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
    outcomeAt: leads.map((lead) => lead.outcomeAt as Date),
    signalsAsOf,
  };
}
