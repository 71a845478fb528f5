import type { MutationResolvers } from '../__generated__/resolvers-types';
import { closeDeal } from '../services/deals/closeDeal';
import { createDeal } from '../services/deals/createDeal';
import { deleteDeal } from '../services/deals/deleteDeal';
import { moveDeal } from '../services/deals/moveDeal';
import { updateDeal } from '../services/deals/updateDeal';
import { convertLead } from '../services/leads/convertLead';
import { createLead } from '../services/leads/createLead';
import { assignLeads, setLeadsStatus, updateLead } from '../services/leads/updateLeads';
import { logActivity } from '../services/activities/logActivity';
import {
  createPipeline,
  createStage,
  deleteStage,
  renamePipeline,
  reorderStages,
  updateStage,
} from '../services/pipelines/stageSettings';
import { upsertCustomerSignals } from '../services/customers/upsertCustomerSignals';

export const Mutation: MutationResolvers = {
  createDeal: (_parent, { input }, context) => createDeal(context, input),
  updateDeal: (_parent, { id, expectedVersion, input }, context) =>
    updateDeal(context, id, expectedVersion, input),
  moveDeal: (_parent, args, context) => moveDeal(context, args),
  markDealWon: (_parent, { id, expectedVersion }, context) =>
    closeDeal(context, { id, expectedVersion, outcome: 'WON' }),
  markDealLost: (_parent, { id, expectedVersion, reason }, context) =>
    closeDeal(context, { id, expectedVersion, outcome: 'LOST', reason }),
  deleteDeal: (_parent, { id, expectedVersion }, context) =>
    deleteDeal(context, id, expectedVersion),

  createLead: (_parent, { input }, context) => createLead(context, input),
  updateLead: (_parent, { id, input }, context) => updateLead(context, id, input),
  setLeadStatus: async (_parent, { id, status }, context) =>
    (await setLeadsStatus(context, [id], status))[0]!,
  setLeadsStatus: (_parent, { ids, status }, context) => setLeadsStatus(context, ids, status),
  assignLead: async (_parent, { id, ownerId }, context) =>
    (await assignLeads(context, [id], ownerId ?? null))[0]!,
  assignLeads: (_parent, { ids, ownerId }, context) => assignLeads(context, ids, ownerId ?? null),
  convertLead: (_parent, { input }, context) => convertLead(context, input),

  createPipeline: (_parent, args, context) => createPipeline(context, args),
  renamePipeline: (_parent, { id, name }, context) => renamePipeline(context, id, name),
  createStage: (_parent, { input }, context) => createStage(context, input),
  updateStage: (_parent, { id, input }, context) => updateStage(context, id, input),
  reorderStages: (_parent, { pipelineId, stageIds }, context) =>
    reorderStages(context, pipelineId, stageIds),
  deleteStage: (_parent, { id, targetStageId }, context) => deleteStage(context, id, targetStageId),

  addNote: (_parent, { dealId, leadId, body }, context) =>
    logActivity(context, { dealId, leadId, body, type: 'NOTE' }),
  logActivity: (_parent, { input }, context) => logActivity(context, input),

  upsertCustomerSignals: async (_parent, { input }, context) => ({
    id: (await upsertCustomerSignals(context, [input]))[0]!,
  }),
  upsertCustomerSignalsBatch: async (_parent, { inputs }, context) =>
    (await upsertCustomerSignals(context, inputs)).length,
};
