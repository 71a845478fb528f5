import type { PrismaClient } from '../../db/generated/client';
import { scoreRows } from '../../scoring/model/scoreRows';
import { trainModelInThreads } from '../../scoring/training/trainModelInThreads';
import { hasEnoughOutcomes } from '../leadScoring/hasEnoughOutcomes';
import { dealFeatureExtractor } from './dealFeatures';
import { dealFeaturesAsOf } from './dealFeaturesAsOf';
import { loadDealTrainingData } from './loadDealTrainingData';

export type DealWinProbabilitiesAsOf =
  /** A model trained on the deals closed before the moment scored the deals asked for. */
  | { source: 'MODEL'; trainingRows: number; probabilities: Map<string, number> }
  /** Too few deals had closed by then: the stage rate is what a deal would have shown. */
  | { source: 'STAGE_RATE'; trainingRows: number; probabilities: null };

/**
 * The win probabilities `dealIds` would have had at `at`: a deal model trained only on the deals
 * closed before `at` (each row at a moment while it was open, as `loadDealTrainingData` draws it), scoring each deal with its features as of `at`,
 * both through `dealFeaturesAsOf`, so nothing from after the moment is used. For backtests
 * (`npm run bench -- forecast`); the live product scores as of now with the active model instead.
 * All closed deals train (no holdout): the backtest itself is the out-of-sample check.
 */
export async function dealWinProbabilityAsOf(
  prisma: PrismaClient,
  tenantId: string,
  at: Date,
  dealIds: readonly string[],
  { seed = 1 }: { seed?: number } = {},
): Promise<DealWinProbabilitiesAsOf> {
  const { dataset, rows: all } = await loadDealTrainingData(prisma, tenantId, {
    closedBefore: at,
  });
  // The cold-start threshold counts deals, the training the picked stays (ADR 074).
  const deals = [...new Map(all.map((r) => [r.dealId, r.won ? 1 : 0])).values()];
  const picked = all.flatMap((r, i) => (r.picked ? [i] : []));
  if (!hasEnoughOutcomes(deals))
    return { source: 'STAGE_RATE', trainingRows: picked.length, probabilities: null };
  const model = await trainModelInThreads(
    {
      features: dataset.features,
      rows: picked.map((i) => dataset.rows[i]!),
      labels: picked.map((i) => dataset.labels[i]!),
    },
    { seed },
  );
  const rows = await dealFeaturesAsOf(
    prisma,
    tenantId,
    dealIds.map((dealId) => ({ dealId, at })),
  );
  const scores = scoreRows(
    model,
    rows.map((r) => dealFeatureExtractor.extract(r.input)),
  );
  return {
    source: 'MODEL',
    trainingRows: picked.length,
    probabilities: new Map(rows.map((r, i) => [r.dealId, scores[i]!])),
  };
}
