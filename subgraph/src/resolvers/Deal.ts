import type { DealResolvers } from '../__generated__/resolvers-types';
import { formatMoney } from '../services/common/money';
import { whenReady } from '../services/common/whenReady';
import { dealWinProbability } from '../services/dealWinProbability/dealWinProbability';
import { daysInStage, isRotting } from '../services/deals/rotting';
import { stageOfDeal } from '../services/deals/stageOfDeal';
import { pipelineOf } from '../services/pipelines/pipelineOf';
import { loadNow } from '../loaders/peekable';
import { leadFor } from './Lead';

export const Deal: DealResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.deal.load(reference.id),
  value: (deal) => formatMoney(deal.value),
  stage: (deal, _args, context) => stageOfDeal(context, deal),
  pipeline: (deal, _args, context) => pipelineOf(context, deal),
  customer: (deal) => (deal.customerId ? { id: deal.customerId } : null),
  lead: (deal, _args, { loaders }, info) =>
    deal.leadId ? leadFor(loaders, deal.leadId, info) : null,
  owner: (deal, _args, { loaders }) => (deal.ownerId ? loadNow(loaders.user, deal.ownerId) : null),
  position: (deal, _args, { loaders }) => loaders.dealIndex.indexOf(deal),
  daysInStage: (deal) => daysInStage(deal),
  isRotting: (deal, _args, context) =>
    whenReady(stageOfDeal(context, deal), (stage) => isRotting(deal, stage)),
  winProbability: (deal, _args, context) => dealWinProbability(context, deal),
  activities: (deal, { first }, { loaders }) => loaders.activitiesOf('dealId', first).load(deal.id),
  nextActivity: (deal, _args, { loaders }) => loadNow(loaders.nextActivityOf('dealId'), deal.id),
  plannedActivities: (deal, { includeDone, first }, { loaders }) =>
    loaders.plannedActivitiesOf('dealId', first ?? 50, includeDone ?? false).load(deal.id),
};
