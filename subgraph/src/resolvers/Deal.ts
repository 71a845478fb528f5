import { GraphQLError } from 'graphql';
import type { DealResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../types/context';
import type { Deal as DealRow } from '../db/generated/client';
import { formatMoney } from '../services/common/money';
import { daysInStage, isRotting } from '../services/deals/rotting';

async function stageOf(deal: DealRow, { loaders }: Context) {
  const stage = await loaders.stage.load(deal.stageId);
  if (!stage) throw new GraphQLError(`Stage ${deal.stageId} of deal ${deal.id} is missing`);
  return stage;
}

export const Deal: DealResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.deal.load(reference.id),
  value: (deal) => formatMoney(deal.value),
  stage: (deal, _args, context) => stageOf(deal, context),
  pipeline: async (deal, _args, { loaders }) => {
    const pipeline = await loaders.pipeline.load(deal.pipelineId);
    if (!pipeline)
      throw new GraphQLError(`Pipeline ${deal.pipelineId} of deal ${deal.id} is missing`);
    return pipeline;
  },
  customer: (deal) => (deal.customerId ? { id: deal.customerId } : null),
  lead: (deal, _args, { loaders }) => (deal.leadId ? loaders.lead.load(deal.leadId) : null),
  owner: (deal, _args, { loaders }) => (deal.ownerId ? loaders.user.load(deal.ownerId) : null),
  daysInStage: (deal) => daysInStage(deal),
  isRotting: async (deal, _args, context) => isRotting(deal, await stageOf(deal, context)),
  activities: (deal, { first }, { loaders }) => loaders.activitiesOf('dealId', first).load(deal.id),
};
