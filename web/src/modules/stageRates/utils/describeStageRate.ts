import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';

/** The figures the API gives for a stage's rate (see PipelineStage in schema.graphql). */
export type StageRateFigures = {
  kind: string;
  probability?: number | null;
  learnedConversionRate?: number | null;
  learnedSampleSize: number;
  priorProbability?: number | null;
  effectiveProbability?: number | null;
};

// Rates are shown as whole percentages: a difference under half a point is not a different rate.
const SAME = 0.005;

const closedDeals = (n: number) => plural(n, 'closed deal');

/** "in the last 12 months", "in the last month". */
export function windowWords(months: number): string {
  return months === 1 ? 'in the last month' : `in the last ${months} months`;
}

/**
 * A stage's rate in plain words: the rate used, what it is made of (the closed deals behind it and
 * their learned rate, the hand setting or the default prior), and whether it was evened out with its
 * neighbours (the server keeps rates non-decreasing along the stages, ADR 026). Null for Won and
 * Lost stages, which count as 100 % and 0 %.
 */
export function describeStageRate(stage: StageRateFigures, windowMonths: number): string | null {
  if (stage.kind !== 'OPEN') return null;
  const used = stage.effectiveProbability ?? stage.priorProbability ?? null;
  const prior = stage.priorProbability ?? stage.probability ?? null;
  const learned = stage.learnedConversionRate ?? null;
  const n = stage.learnedSampleSize;
  const setting =
    stage.probability != null
      ? `your setting ${formatPercent(stage.probability)}`
      : `a default of ${formatPercent(prior)} (no setting: taken from the stages around it)`;
  let sentence: string;
  let blendLow: number | null;
  let blendHigh: number | null;
  if (learned != null) {
    sentence = `Used: ${formatPercent(used)} — your ${closedDeals(n)} ${windowWords(windowMonths)} (learned ${formatPercent(learned)}) blended with ${setting}`;
    blendLow = prior == null ? learned : Math.min(learned, prior);
    blendHigh = prior == null ? learned : Math.max(learned, prior);
  } else {
    const few =
      n === 0
        ? `no closed deal passed this stage ${windowWords(windowMonths)}`
        : `only ${closedDeals(n)} passed this stage ${windowWords(windowMonths)}, too few to learn from`;
    sentence = `Used: ${formatPercent(used)} — ${setting}; ${few}`;
    blendLow = prior;
    blendHigh = prior;
  }
  if (used != null && blendLow != null && blendHigh != null) {
    if (used > blendHigh + SAME)
      return `${sentence}; raised so that no stage counts less than the one before it.`;
    if (used < blendLow - SAME)
      return `${sentence}; lowered so that no stage counts more than the ones after it.`;
  }
  return `${sentence}.`;
}
