import type { PipelineStageResolvers } from '../__generated__/resolvers-types';
import { formatMoney } from '../services/common/money';
import { dealWhereFor } from '../services/deals/dealWhereFor';
import { pipelineOf } from '../services/pipelines/pipelineOf';
import { effectiveProbability } from '../services/pipelines/stageProbability';
import { weightedValue } from '../services/pipelines/weightedValue';

export const PipelineStage: PipelineStageResolvers = {
  effectiveProbability: (stage) => effectiveProbability(stage),
  pipeline: (stage, _args, context) => pipelineOf(context, stage),
  deals: async (stage, { filter, first, afterPosition }, context) =>
    context.loaders
      .dealsOfStage(await dealWhereFor(context, filter), first, afterPosition)
      .load(stage.id),
  dealCount: async (stage, { filter }, context) =>
    (await context.loaders.stageTotals(await dealWhereFor(context, filter)).load(stage.id)).count,
  totalValue: async (stage, { filter }, context) =>
    (await context.loaders.stageTotals(await dealWhereFor(context, filter)).load(stage.id)).total,
  weightedValue: async (stage, { filter }, context) => {
    const where = await dealWhereFor(context, filter);
    const { total } = await context.loaders.stageTotals(where).load(stage.id);
    return formatMoney(weightedValue(total, stage));
  },
};
