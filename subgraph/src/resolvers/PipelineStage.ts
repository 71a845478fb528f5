import { GraphQLError } from 'graphql';
import type { PipelineStageResolvers } from '../__generated__/resolvers-types';
import { Decimal, formatMoney } from '../services/common/money';
import { dealWhereFor } from '../services/deals/dealWhereFor';
import { effectiveProbability } from '../services/pipelines/stageProbability';

export const PipelineStage: PipelineStageResolvers = {
  effectiveProbability: (stage) => effectiveProbability(stage),
  pipeline: async (stage, _args, { loaders }) => {
    const pipeline = await loaders.pipeline.load(stage.pipelineId);
    if (!pipeline)
      throw new GraphQLError(`Pipeline ${stage.pipelineId} of stage ${stage.id} is missing`);
    return pipeline;
  },
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
    return formatMoney(new Decimal(total).times(effectiveProbability(stage) ?? 0));
  },
};
