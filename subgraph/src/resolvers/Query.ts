import type { QueryResolvers } from '../__generated__/resolvers-types';
import { forecast } from '../services/forecast/forecast';
import { listDeals } from '../services/deals/listDeals';
import { listLeads } from '../services/leads/listLeads';
import { pipelineStats } from '../services/pipelines/pipelineStats';
import { listRottingDeals } from '../services/deals/listRottingDeals';

export const Query: QueryResolvers = {
  me: (_parent, _args, { loaders, principal }) => loaders.user.load(principal.userId),
  users: (_parent, _args, { prisma, tenantId }) =>
    prisma.user.findMany({ where: { tenantId, active: true }, orderBy: { name: 'asc' } }),
  pipelines: (_parent, _args, { prisma, tenantId }) =>
    prisma.pipeline.findMany({
      where: { tenantId },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    }),
  pipeline: (_parent, { id }, { loaders }) => loaders.pipeline.load(id),
  deal: (_parent, { id }, { loaders }) => loaders.deal.load(id),
  deals: (_parent, args, { prisma, tenantId }) => listDeals(prisma, tenantId, args),
  lead: (_parent, { id }, { loaders }) => loaders.lead.load(id),
  leads: (_parent, args, { prisma, tenantId }) => listLeads(prisma, tenantId, args),
  dealActivities: (_parent, { dealId, first }, { loaders }) =>
    loaders.activitiesOf('dealId', first).load(dealId),
  leadActivities: (_parent, { leadId, first }, { loaders }) =>
    loaders.activitiesOf('leadId', first).load(leadId),
  leadSources: async (_parent, _args, { prisma, tenantId }) =>
    (
      await prisma.lead.findMany({
        where: { tenantId },
        distinct: ['source'],
        select: { source: true },
        orderBy: { source: 'asc' },
      })
    ).map((row) => row.source),
  forecast: (_parent, args, context) => forecast(context, args),
  pipelineStats: (_parent, args, context) => pipelineStats(context, args),
  rottingDeals: (_parent, { pipelineId, first }, context) =>
    listRottingDeals(context, pipelineId, first),
};
