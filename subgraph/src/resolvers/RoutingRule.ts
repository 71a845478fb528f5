import type {
  QueryResolvers,
  MutationResolvers,
  RoutingRuleResolvers,
  RoutingRunResolvers,
} from '../__generated__/resolvers-types';
import { conditionFieldList } from '../services/routing/conditionFieldList';
import type { Condition } from '../services/routing/conditionTypes';
import { dryRunRouting } from '../services/routing/dryRunRouting';
import { listRoutingRuns } from '../services/routing/listRoutingRuns';
import { routeLeadsNow } from '../services/routing/routeLeadsNow';
import {
  routingSettings,
  setRoutingFallback,
  setRoutingMember,
} from '../services/routing/routingMembers';
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
  reorderRoutingRules,
  updateRoutingRule,
} from '../services/routing/ruleSettings';

/** Stored conditions (JSON) as the API's Condition type. */
export const conditionsOf = (json: unknown) => json as Condition[];

export const RoutingRule: RoutingRuleResolvers = {
  conditions: (rule) => conditionsOf(rule.conditions),
  owners: async (rule, _args, { loaders }) =>
    (await loaders.user.loadMany(rule.ownerIds)).filter(
      (u): u is Exclude<typeof u, Error | null | undefined> => Boolean(u) && !(u instanceof Error),
    ),
  nextOwner: (rule, _args, { loaders }) =>
    rule.assignment === 'ROUND_ROBIN' && rule.ownerIds.length
      ? loaders.user.load(rule.ownerIds[rule.nextIndex % rule.ownerIds.length]!)
      : null,
};

export const RoutingRun: RoutingRunResolvers = {
  lead: (run, _args, { loaders }) => loaders.lead.load(run.leadId),
  rule: (run, _args, { prisma, tenantId }) =>
    run.ruleId ? prisma.routingRule.findFirst({ where: { id: run.ruleId, tenantId } }) : null,
  assignedTo: (run, _args, { loaders }) =>
    run.assignedTo ? loaders.user.load(run.assignedTo) : null,
  previousOwner: (run, _args, { loaders }) =>
    run.previousOwnerId ? loaders.user.load(run.previousOwnerId) : null,
  evaluations: (run) => run.evaluations as never,
};

export const routingQueryResolvers: QueryResolvers = {
  conditionFields: () => conditionFieldList(),
  routingRules: (_parent, _args, context) => listRoutingRules(context),
  routingSettings: (_parent, _args, context) => routingSettings(context),
  dryRunRouting: (_parent, args, context) => dryRunRouting(context, args),
  routingRuns: (_parent, { filter, first }, context) => listRoutingRuns(context, filter, first),
};

export const routingMutationResolvers: MutationResolvers = {
  createRoutingRule: (_parent, { input }, context) => createRoutingRule(context, input),
  updateRoutingRule: (_parent, { id, input }, context) => updateRoutingRule(context, id, input),
  deleteRoutingRule: (_parent, { id }, context) => deleteRoutingRule(context, id),
  reorderRoutingRules: (_parent, { ids }, context) => reorderRoutingRules(context, ids),
  setRoutingFallback: (_parent, { ownerId }, context) =>
    setRoutingFallback(context, ownerId ?? null),
  setRoutingMember: (_parent, { userId, available, capacity }, context) =>
    setRoutingMember(context, userId, { available, capacity }),
  routeLeads: (_parent, { ids }, context) => routeLeadsNow(context, ids),
};
