import type { ScoreFactor, ScoreImprovement } from '../../__generated__/resolvers-types';
import type { Lead, ScoringModel } from '../../db/generated/client';
import type { Loaders } from '../../loaders/createLoaders';
import { explainRow, type Factor } from '../../scoring/explanation/explainRow';
import { dealHistory } from './dealHistory';
import { actionableLeadFeatures, leadFeatureExtractor } from './leadFeatures';

export type LeadExplanation = {
  baseline: number;
  logit: number;
  probability: number;
  factors: ScoreFactor[];
  topPositive: ScoreFactor[];
  topNegative: ScoreFactor[];
  bestImprovement: ScoreImprovement | null;
  model: ScoringModel;
};

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

export function toScoreFactor(f: Factor): ScoreFactor {
  return { ...f, text: `${f.label} ${f.value} (${signed(f.contribution)})` };
}

/**
 * The exact explanation of a lead's score by the model that scored it, with the lead's features
 * as of the scoring time: baseline + Σ contributions = logit. Null for a lead never scored.
 */
export async function explainLead(loaders: Loaders, lead: Lead): Promise<LeadExplanation | null> {
  if (lead.scoreModelVersion === null || !/^\d+$/.test(lead.scoreModelVersion)) return null;
  const [scoring, customer, deals] = await Promise.all([
    loaders.scoringModel.load(Number(lead.scoreModelVersion)),
    lead.customerId ? loaders.customer.load(lead.customerId) : null,
    lead.customerId ? loaders.closedDealsOfCustomer.load(lead.customerId) : undefined,
  ]);
  if (!scoring) return null;
  const asOf = lead.scoredAt ?? new Date();
  const row = leadFeatureExtractor.extract({
    lead,
    customer,
    history: customer ? dealHistory(deals, lead.id, asOf) : null,
    asOf,
  });
  const explanation = explainRow(scoring.model, row, {
    top: 3,
    actionable: actionableLeadFeatures,
  });
  const improvement = explanation.bestImprovement;
  return {
    baseline: explanation.baseline,
    logit: explanation.logit,
    probability: explanation.probability,
    factors: explanation.factors.map(toScoreFactor),
    topPositive: explanation.topPositive.map(toScoreFactor),
    topNegative: explanation.topNegative.map(toScoreFactor),
    bestImprovement: improvement && {
      feature: improvement.feature,
      label: improvement.label,
      from: improvement.from,
      to: improvement.to,
      newProbability: improvement.probability,
      newScore: Math.round(100 * improvement.probability),
    },
    model: scoring.row,
  };
}
