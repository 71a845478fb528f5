import type { PipelineStage } from '../../db/generated/client';
import { Decimal, type MoneyValue } from '../common/money';
import { effectiveProbability } from './stageProbability';

/**
 * A deal value weighted by its stage: value × the stage's effective probability (hand-entered,
 * else learned; a stage with neither weighs nothing). Exact decimal arithmetic.
 */
export function weightedValue(
  value: MoneyValue,
  stage: Pick<
    PipelineStage,
    'kind' | 'probability' | 'learnedConversionRate' | 'blendedProbability'
  >,
): Decimal {
  return new Decimal(value).times(effectiveProbability(stage) ?? 0);
}
