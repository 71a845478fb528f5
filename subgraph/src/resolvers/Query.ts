import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listDeals } from '../services/deals/listDeals';
import { listRottingDeals } from '../services/deals/listRottingDeals';
import { forecast } from '../services/forecast/forecast';
import { forecastTrackRecord } from '../services/forecast/forecastTrackRecord';
import { listSalesTargets } from '../services/forecast/salesTargets';
import { undatedOpenDeals } from '../services/forecast/undatedOpenDeals';
import { listLeadSources } from '../services/leads/listLeadSources';
import { listLeads } from '../services/leads/listLeads';
import { listPipelines } from '../services/pipelines/listPipelines';
import { pipelineStats } from '../services/pipelines/pipelineStats';
import { myDay } from '../services/plannedActivities/myDay';
import { search } from '../services/search/search';
import { listUsers } from '../services/users/listUsers';

export const Query: QueryResolvers = {
  me: (_parent, _args, { loaders, principal }) => loaders.user.load(principal.userId),
  users: (_parent, _args, context) => listUsers(context),
  pipelines: (_parent, args, context) => listPipelines(context, args),
  pipeline: (_parent, { id }, { loaders }) => loaders.pipeline.load(id),
  deal: (_parent, { id }, { loaders }) => loaders.deal.load(id),
  deals: (_parent, args, context) => listDeals(context, args),
  lead: (_parent, { id }, { loaders }) => loaders.lead.load(id),
  leads: (_parent, args, context) => listLeads(context, args),
  dealActivities: (_parent, { dealId, first }, { loaders }) =>
    loaders.activitiesOf('dealId', first).load(dealId),
  leadActivities: (_parent, { leadId, first }, { loaders }) =>
    loaders.activitiesOf('leadId', first).load(leadId),
  leadSources: (_parent, _args, context) => listLeadSources(context),
  forecast: (_parent, args, context) => forecast(context, args),
  forecastTrackRecord: (_parent, args, context) => forecastTrackRecord(context, args),
  salesTargets: (_parent, args, context) => listSalesTargets(context, args),
  pipelineStats: (_parent, args, context) => pipelineStats(context, args),
  undatedOpenDeals: (_parent, args, context) => undatedOpenDeals(context, args),
  rottingDeals: (_parent, args, context) => listRottingDeals(context, args),
  myDay: (_parent, args, context) => myDay(context, args),
  search: (_parent, args, context) => search(context, args),
};
