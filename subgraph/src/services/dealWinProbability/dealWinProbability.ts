import type { Deal, PipelineStage } from '../../db/generated/client';
import { binFactors } from '../../scoring/explanation/termFactors';
import type { Context } from '../../types/context';
import type { DealWinProbabilityParent, ExplainedFactor } from '../../types/mappers';
import { internalError } from '../common/errors';
import { whenReady } from '../common/whenReady';
import { stageOfDeal } from '../deals/stageOfDeal';
import { toScoreFactor } from '../leadScoring/explainLead';
import { modelOfVersion } from '../leadScoring/modelFromRow';
import { effectiveProbability } from '../pipelines/stageProbability';

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * An open deal's chance of being won: the active deal model's stored probability, or the stage's
 * blended rate (ADR 026) when the deal has no stored score (too few closed deals, no model beat
 * the stage rates, or not scored yet). Null for a won or lost deal, and for a stage with no rate
 * at all. Reads only the deal row and its stage (a per-request loader): the model is read only
 * when the explanation is asked for (`explainDealWinProbability`), so a board loads none (ADR 044).
 */
export function dealWinProbability(
  context: Context,
  deal: Deal,
): DealWinProbabilityParent | null | Promise<DealWinProbabilityParent | null> {
  return whenReady(stageOfDeal(context, deal), (stage) => winProbabilityIn(stage, deal));
}

function winProbabilityIn(stage: PipelineStage, deal: Deal): DealWinProbabilityParent | null {
  if (stage.kind !== 'OPEN') return null;
  if (deal.winProbability !== null && deal.winModelVersion !== null && deal.winBins !== null) {
    return {
      probability: deal.winProbability,
      source: 'MODEL',
      modelVersion: deal.winModelVersion,
      scoredAt: deal.winScoredAt,
      basis: `Deal model v${deal.winModelVersion}: ${percent(deal.winProbability)} from the deal's stage, timing, value, activity, customer, lead score and owner`,
      scoredDeal: deal,
    };
  }
  const rate = effectiveProbability(stage);
  if (rate === null) return null;
  return {
    probability: rate,
    source: 'STAGE_RATE',
    modelVersion: null,
    scoredAt: null,
    basis: `${stage.name} stage rate: ${percent(rate)} (${stageRateMadeOf(stage)})`,
    scoredDeal: null,
  };
}

/** What a stage's rate is made of, in the terms of `effectiveProbability` (ADR 026). */
function stageRateMadeOf(stage: PipelineStage): string {
  const deals = `${stage.learnedSampleSize} closed ${stage.learnedSampleSize === 1 ? 'deal' : 'deals'}`;
  if (stage.blendedProbability === null)
    return stage.probability !== null
      ? 'the hand-entered value: no closed deals learned from yet'
      : `learned from ${deals}`;
  const prior =
    stage.probability !== null
      ? `the hand-entered ${percent(stage.probability)}`
      : `a prior of ${percent(stage.priorProbability ?? stage.blendedProbability)} from the stages around it`;
  return `${prior} blended with ${deals}`;
}

/**
 * The exact explanation of a model probability, from the bins stored with it and the model that
 * computed it: baseline + Σ contributions = its logit. Null for the stage rate.
 */
export async function explainDealWinProbability(
  context: Context,
  { scoredDeal: deal }: DealWinProbabilityParent,
): Promise<{ baseline: number; factors: ExplainedFactor[] } | null> {
  if (!deal || deal.winModelVersion === null || deal.winBins === null) return null;
  const model = await modelOfVersion(context.loaders, 'DealWinModel', deal.winModelVersion);
  if (!model)
    throw internalError(`Deal model v${deal.winModelVersion} of deal ${deal.id} is missing`);
  return {
    baseline: model.intercept,
    factors: binFactors(model, deal.winBins).map(toScoreFactor),
  };
}
