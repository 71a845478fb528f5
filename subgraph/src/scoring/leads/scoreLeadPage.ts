import type { Prisma, PrismaClient } from '../../db/generated/client';
import { binColumns } from '../binColumns';
import { scoreBinned } from '../scoreBinned';
import type { Model } from '../types';
import { leadFeatureExtractor } from './leadFeatures';
import { leadScoringSelect } from './loadTrainingData';
import { loadFeatureInputs } from './loadFeatureInputs';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';
import { topFactors } from './topFactors';
import type { ScoreWrite } from './writeScorePage';

/** A SCORE_CHANGED activity is written when a score moves by at least this many points. */
export const NOTABLE_SCORE_CHANGE = 10;

/** All open leads (resumable from the run's cursor), or the open ones among `ids`. */
export type RescoreScope = { ids?: readonly string[] | null };

export type ActiveScorer = { model: Model; version: string };

/** A scored page: its writes, and the last lead id (the cursor once the page is written). */
export type ScoredPage = { writes: ScoreWrite[]; cursor: string; last: boolean };

export const leadWhere = (tenantId: string, scope: RescoreScope): Prisma.LeadWhereInput => ({
  tenantId,
  status: { in: OPEN_LEAD_STATUSES },
  ...(scope.ids ? { id: { in: [...scope.ids] } } : {}),
});

/**
 * Reads the page of leads after `after` (by id) and scores it in memory. Three reads: the page
 * of leads, their customers, the customers' closed deals. Null when no lead is left.
 */
export async function scoreLeadPage(
  prisma: PrismaClient,
  tenantId: string,
  scope: RescoreScope,
  after: string | null,
  {
    scorer: { model, version },
    pageSize,
    now,
  }: { scorer: ActiveScorer; pageSize: number; now: Date },
): Promise<ScoredPage | null> {
  const leads = await prisma.lead.findMany({
    where: {
      ...leadWhere(tenantId, scope),
      ...(after ? { id: { gt: after, ...(scope.ids ? { in: [...scope.ids] } : {}) } } : {}),
    },
    select: { ...leadScoringSelect, score: true, scoreModelVersion: true },
    orderBy: { id: 'asc' },
    take: pageSize,
  });
  if (leads.length === 0) return null;
  const inputs = await loadFeatureInputs(prisma, tenantId, leads, () => now);
  const binned = binColumns(
    model.terms.map((t) => t.binning),
    inputs.map(leadFeatureExtractor.extract),
  );
  const probabilities = scoreBinned(model, binned);
  const writes: ScoreWrite[] = leads.map((lead, i) => {
    const probability = probabilities[i]!;
    const score = Math.round(100 * probability);
    const changed = lead.score !== score || lead.scoreModelVersion !== version;
    // A lead's timeline records what happened to the lead: a notable move under the same model.
    // A new model moves most scores at once; that is the model's event (its card), not each lead's.
    const notable =
      lead.score !== null &&
      lead.scoreModelVersion === version &&
      Math.abs(score - lead.score) >= NOTABLE_SCORE_CHANGE;
    return {
      id: lead.id,
      score,
      probability,
      factors: changed ? topFactors(model, binned, i) : null,
      notableFrom: notable ? lead.score : null,
    };
  });
  return { writes, cursor: leads.at(-1)!.id, last: leads.length < pageSize };
}
