import type { DealFilter } from '../../__generated__/resolvers-types';
import type { PipelineStage } from '../../db/generated/client';
import type { Context } from '../../types/context';
import { sumByCurrency, type MoneyTotal } from '../common/money';
import { dealWhereSqlFor } from '../deals/dealWhereSqlFor';
import { weightedValue } from './weightedValue';

export type StageDealFigure = 'total' | 'weighted';

/** The number of a stage's deals matching a filter. */
export async function stageDealCount(
  context: Context,
  { stage, filter }: { stage: Pick<PipelineStage, 'id' | 'kind'>; filter?: DealFilter | null },
): Promise<number> {
  const where = await dealWhereSqlFor(context, filter, stage.kind);
  return (await context.loaders.stageTotals(where).load(stage.id)).count;
}

/**
 * The value of a stage's deals matching a filter, raw or weighted by the stage's probability, one
 * total per currency: a deal in another currency than its pipeline's is never added to the others.
 */
export async function stageDealTotals(
  context: Context,
  {
    stage,
    filter,
    figure,
  }: {
    stage: Pick<
      PipelineStage,
      'id' | 'kind' | 'probability' | 'learnedConversionRate' | 'blendedProbability'
    >;
    filter?: DealFilter | null;
    figure: StageDealFigure;
  },
): Promise<MoneyTotal[]> {
  const where = await dealWhereSqlFor(context, filter, stage.kind);
  const { totals } = await context.loaders.stageTotals(where).load(stage.id);
  return sumByCurrency(
    totals.map(({ currency, total }) => ({
      currency,
      amount: figure === 'weighted' ? weightedValue(total, stage) : total,
    })),
  );
}
