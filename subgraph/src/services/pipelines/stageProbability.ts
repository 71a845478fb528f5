import type { PipelineStage } from '../../db/generated/client';

type Stage = Pick<
  PipelineStage,
  'kind' | 'probability' | 'learnedConversionRate' | 'blendedProbability'
>;

/**
 * Probability used to weight a stage's deals: 1 for Won, 0 for Lost, else the blended stage rate
 * (ADR 026); before the pipeline's rates were ever computed, the hand-entered value.
 */
export function effectiveProbability(stage: Stage): number | null {
  if (stage.kind === 'WON') return 1;
  if (stage.kind === 'LOST') return 0;
  return stage.blendedProbability ?? stage.probability ?? stage.learnedConversionRate ?? null;
}
