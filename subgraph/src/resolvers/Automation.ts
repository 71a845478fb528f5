import type {
  AutomationActionResolvers,
  AutomationResolvers,
  AutomationRunResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import {
  createAutomation,
  deleteAutomation,
  listAutomations,
  reorderAutomations,
  updateAutomation,
} from '../services/automations/automationSettings';
import type { AutomationActionParent } from '../types/mappers';
import { dryRunAutomation } from '../services/automations/dryRunAutomation';
import { listAutomationRuns } from '../services/automations/listAutomationRuns';
import { conditionsOf } from './RoutingRule';

export const Automation: AutomationResolvers = {
  stage: (automation, _args, { loaders }) =>
    automation.stageId ? loaders.stage.load(automation.stageId) : null,
  conditions: (automation) => conditionsOf(automation.conditions),
  actions: (automation) => automation.actions as AutomationActionParent[],
};

export const AutomationAction: AutomationActionResolvers = {
  stage: (action, _args, { loaders }) =>
    action.stageId ? loaders.stage.load(action.stageId) : null,
  owner: (action, _args, { loaders }) =>
    action.ownerId ? loaders.user.load(action.ownerId) : null,
};

export const AutomationRun: AutomationRunResolvers = {
  automationName: (run) => run.automation.name,
  lead: (run, _args, { loaders }) => (run.leadId ? loaders.lead.load(run.leadId) : null),
  deal: (run, _args, { loaders }) => (run.dealId ? loaders.deal.load(run.dealId) : null),
  actions: (run) => run.actions as string[],
};

export const automationQueryResolvers: QueryResolvers = {
  automations: (_parent, _args, context) => listAutomations(context),
  dryRunAutomation: (_parent, { input, first }, context) => dryRunAutomation(context, input, first),
  automationRuns: (_parent, { filter, first }, context) =>
    listAutomationRuns(context, filter, first),
};

export const automationMutationResolvers: MutationResolvers = {
  createAutomation: (_parent, { input }, context) => createAutomation(context, input),
  updateAutomation: (_parent, { id, input }, context) => updateAutomation(context, id, input),
  deleteAutomation: (_parent, { id }, context) => deleteAutomation(context, id),
  reorderAutomations: (_parent, { ids }, context) => reorderAutomations(context, ids),
};
