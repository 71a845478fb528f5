import type { PipelineStage } from '../../db/generated/client';

/** Probability used to weight a stage's deals: the hand-entered one when set, else the learned one. */
export function effectiveProbability(
  stage: Pick<PipelineStage, 'kind' | 'probability' | 'learnedConversionRate'>,
): number | null {
  if (stage.kind === 'WON') return 1;
  if (stage.kind === 'LOST') return 0;
  return stage.probability ?? stage.learnedConversionRate ?? null;
}
