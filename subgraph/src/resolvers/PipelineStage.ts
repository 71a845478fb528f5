import { GraphQLError } from 'graphql';
import type { PipelineStageResolvers } from '../__generated__/resolvers-types';
import { Decimal, formatMoney } from '../services/money';
import { effectiveProbability } from '../services/stageProbability';

export const PipelineStage: PipelineStageResolvers = {
  effectiveProbability: (stage) => effectiveProbability(stage),
  pipeline: async (stage, _args, { loaders }) => {
    const pipeline = await loaders.pipeline.load(stage.pipelineId);
    if (!pipeline)
      throw new GraphQLError(`Pipeline ${stage.pipelineId} of stage ${stage.id} is missing`);
    return pipeline;
  },
  deals: (stage, { filter, first, afterPosition }, { loaders }) =>
    loaders.dealsOfStage(filter, first, afterPosition).load(stage.id),
  dealCount: async (stage, { filter }, { loaders }) =>
    (await loaders.stageTotals(filter).load(stage.id)).count,
  totalValue: async (stage, { filter }, { loaders }) =>
    (await loaders.stageTotals(filter).load(stage.id)).total,
  weightedValue: async (stage, { filter }, { loaders }) => {
    const { total } = await loaders.stageTotals(filter).load(stage.id);
    return formatMoney(new Decimal(total).times(effectiveProbability(stage) ?? 0));
  },
};
