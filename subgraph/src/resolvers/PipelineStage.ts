import type { PipelineStageResolvers } from '../__generated__/resolvers-types';
import { singleCurrencyAmount } from '../services/common/money';
import { dealWhereSqlFor } from '../services/deals/dealWhereSqlFor';
import { pipelineOf } from '../services/pipelines/pipelineOf';
import { stageDealCount, stageDealTotals } from '../services/pipelines/stageDealTotals';
import { effectiveProbability } from '../services/pipelines/stageProbability';

export const PipelineStage: PipelineStageResolvers = {
  effectiveProbability: (stage) => effectiveProbability(stage),
  pipeline: (stage, _args, context) => pipelineOf(context, stage),
  deals: async (stage, { filter, first, afterPosition }, context) =>
    context.loaders
      .dealsOfStage(await dealWhereSqlFor(context, filter), first, afterPosition)
      .load(stage.id),
  dealCount: (stage, { filter }, context) => stageDealCount(context, { stage, filter }),
  totals: (stage, { filter }, context) =>
    stageDealTotals(context, { stage, filter, figure: 'total' }),
  weightedTotals: (stage, { filter }, context) =>
    stageDealTotals(context, { stage, filter, figure: 'weighted' }),
  totalValue: async (stage, { filter }, context) =>
    singleCurrencyAmount(await stageDealTotals(context, { stage, filter, figure: 'total' })),
  weightedValue: async (stage, { filter }, context) =>
    singleCurrencyAmount(await stageDealTotals(context, { stage, filter, figure: 'weighted' })),
};
