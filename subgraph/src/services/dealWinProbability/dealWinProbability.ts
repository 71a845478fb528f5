import type { DealWinProbability } from '../../__generated__/resolvers-types';
import type { Deal } from '../../db/generated/client';
import { binFactors } from '../../scoring/explanation/termFactors';
import type { Context } from '../../types/context';
import { internalError } from '../common/errors';
import { stageOfDeal } from '../deals/stageOfDeal';
import { toScoreFactor } from '../leadScoring/explainLead';
import { modelFromRow } from '../leadScoring/modelFromRow';
import { effectiveProbability } from '../pipelines/stageProbability';

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * An open deal's chance of being won: the active deal model's stored probability with its exact
 * explanation (from the bins stored with it: baseline + Σ contributions = its logit), or the
 * stage's blended rate (ADR 026) when the deal has no stored score (too few closed deals, no
 * model beat the stage rates, or not scored yet). Null for a won or lost deal, and for a stage
 * with no rate at all. Reads only the deal row and per-request loaders, so a board of any size
 * costs one model lookup per model version.
 */
export async function dealWinProbability(
  context: Context,
  deal: Deal,
): Promise<DealWinProbability | null> {
  const stage = await stageOfDeal(context, deal);
  if (stage.kind !== 'OPEN') return null;
  if (deal.winProbability !== null && deal.winModelVersion !== null && deal.winBins !== null) {
    const row = await context.loaders.dealWinModel.load(deal.winModelVersion);
    if (!row)
      throw internalError(`Deal model v${deal.winModelVersion} of deal ${deal.id} is missing`);
    const model = modelFromRow(row);
    return {
      probability: deal.winProbability,
      source: 'MODEL',
      modelVersion: deal.winModelVersion,
      scoredAt: deal.winScoredAt,
      basis: `Deal model v${deal.winModelVersion}: ${percent(deal.winProbability)} from the deal's stage, timing, value, activity, customer, lead score and owner`,
      explanation: {
        baseline: model.intercept,
        factors: binFactors(model, deal.winBins).map(toScoreFactor),
      },
    };
  }
  const rate = effectiveProbability(stage);
  if (rate === null) return null;
  return {
    probability: rate,
    source: 'STAGE_RATE',
    modelVersion: null,
    scoredAt: null,
    basis: `${stage.name} stage rate: ${percent(rate)} (hand value blended with ${stage.learnedSampleSize} closed deals)`,
    explanation: null,
  };
}
