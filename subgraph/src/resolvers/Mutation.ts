import type { MutationResolvers } from '../__generated__/resolvers-types';
import { deleteSalesTarget, setSalesTarget } from '../services/forecast/salesTargets';
import { addNote } from '../services/activities/addNote';
import { logActivity } from '../services/activities/logActivity';
import {
  upsertCustomerSignals,
  upsertCustomerSignalsBatch,
} from '../services/customers/upsertCustomerSignals';
import { createDeal } from '../services/deals/createDeal';
import { deleteDeal } from '../services/deals/deleteDeal';
import { reopenDeal } from '../services/deals/reopenDeal';
import { restoreDeal } from '../services/deals/restoreDeal';
import { markDealLost } from '../services/deals/markDealLost';
import { markDealWon } from '../services/deals/markDealWon';
import { moveDeal } from '../services/deals/moveDeal';
import { updateDeal } from '../services/deals/updateDeal';
import { convertLead } from '../services/leads/convertLead';
import { createLead } from '../services/leads/createLead';
import { cancelActivity } from '../services/plannedActivities/cancelActivity';
import { completeActivity } from '../services/plannedActivities/completeActivity';
import { planActivity } from '../services/plannedActivities/planActivity';
import { rescheduleActivity } from '../services/plannedActivities/rescheduleActivity';
import { deleteLead } from '../services/leads/deleteLead';
import { mergeLeads } from '../services/leads/mergeLeads';
import { restoreLead } from '../services/leads/restoreLead';
import { archivePipeline, restorePipeline } from '../services/pipelines/archivePipeline';
import {
  assignLead,
  assignLeads,
  setLeadStatus,
  setLeadsStatus,
  updateLead,
} from '../services/leads/updateLeads';
import {
  createPipeline,
  createStage,
  deleteStage,
  renamePipeline,
  reorderStages,
  setStageRateWindow,
  updateStage,
} from '../services/pipelines/stageSettings';

export const Mutation: MutationResolvers = {
  createDeal: (_parent, args, context) => createDeal(context, args),
  updateDeal: (_parent, args, context) => updateDeal(context, args),
  moveDeal: (_parent, args, context) => moveDeal(context, args),
  markDealWon: (_parent, args, context) => markDealWon(context, args),
  markDealLost: (_parent, args, context) => markDealLost(context, args),
  deleteDeal: (_parent, args, context) => deleteDeal(context, args),
  restoreDeal: (_parent, args, context) => restoreDeal(context, args),
  reopenDeal: (_parent, args, context) => reopenDeal(context, args),

  createLead: (_parent, args, context) => createLead(context, args),
  updateLead: (_parent, args, context) => updateLead(context, args),
  setLeadStatus: (_parent, args, context) => setLeadStatus(context, args),
  setLeadsStatus: (_parent, args, context) => setLeadsStatus(context, args),
  assignLead: (_parent, args, context) => assignLead(context, args),
  assignLeads: (_parent, args, context) => assignLeads(context, args),
  convertLead: (_parent, args, context) => convertLead(context, args),
  deleteLead: (_parent, args, context) => deleteLead(context, args),
  restoreLead: (_parent, args, context) => restoreLead(context, args),
  mergeLeads: (_parent, args, context) => mergeLeads(context, args),

  createPipeline: (_parent, args, context) => createPipeline(context, args),
  renamePipeline: (_parent, args, context) => renamePipeline(context, args),
  archivePipeline: (_parent, args, context) => archivePipeline(context, args),
  restorePipeline: (_parent, args, context) => restorePipeline(context, args),
  setStageRateWindow: (_parent, args, context) => setStageRateWindow(context, args),
  setSalesTarget: (_parent, args, context) => setSalesTarget(context, args),
  deleteSalesTarget: (_parent, args, context) => deleteSalesTarget(context, args),
  createStage: (_parent, args, context) => createStage(context, args),
  updateStage: (_parent, args, context) => updateStage(context, args),
  reorderStages: (_parent, args, context) => reorderStages(context, args),
  deleteStage: (_parent, args, context) => deleteStage(context, args),

  addNote: (_parent, args, context) => addNote(context, args),
  logActivity: (_parent, args, context) => logActivity(context, args),
  planActivity: (_parent, args, context) => planActivity(context, args),
  completeActivity: (_parent, args, context) => completeActivity(context, args),
  rescheduleActivity: (_parent, args, context) => rescheduleActivity(context, args),
  cancelActivity: (_parent, args, context) => cancelActivity(context, args),

  upsertCustomerSignals: (_parent, args, context) => upsertCustomerSignals(context, args),
  upsertCustomerSignalsBatch: (_parent, args, context) => upsertCustomerSignalsBatch(context, args),
};
