import { z } from 'zod';
import type { Lead, User } from '../../db/generated/client';
import type { RoutingRuleInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { userError } from '../common/errors';
import { validate } from '../common/validate';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { decideRouting, type RuleForRouting } from './decideRouting';
import { leadSubject } from './leadSubject';
import { loadEnabledRules, loadFallbackOwnerId, loadMembers, ruleFromRow } from './loadRouting';
import { assertOwnersExist, ruleSchema, withDefaults } from './ruleInputSchema';

export const MAX_DRY_RUN_LEADS = 1000;

export type DryRun = {
  evaluated: number;
  assignments: { lead: Lead; owner: User | null; ruleName: string | null; reason: string }[];
  totals: { owner: User | null; leads: number }[];
};

async function rulesToTry(context: Context, raw: readonly RoutingRuleInput[] | null | undefined) {
  if (!raw) return (await loadEnabledRules(context.prisma, context.tenantId)).map(ruleFromRow);
  const { rules } = validate(z.object({ rules: z.array(ruleSchema).max(200) }), { rules: raw });
  for (const [i, rule] of rules.entries())
    await assertOwnersExist(context, rule.ownerIds, `rules.${i}.`);
  return rules
    .map(withDefaults)
    .filter((r) => r.enabled)
    .map((r): RuleForRouting => ({ ...r, id: null, nextIndex: 0 }));
}

/**
 * Who would get which lead: the rules (given, else saved) run over the leads routing would route
 * on its own, open leads without an owner (those given, else the newest), as routing of new leads
 * would, turns and open-lead counts advancing in memory. A lead that has an owner is left out: the
 * rules never take it from its owner, so it is neither routed nor left unassigned. Reads only;
 * nothing is written.
 */
export async function dryRunRouting(
  context: Context,
  args: {
    rules?: readonly RoutingRuleInput[] | null;
    leadIds?: readonly string[] | null;
    first?: number | null;
  },
): Promise<DryRun> {
  assertAdmin(context.principal, 'try routing rules');
  const { prisma, tenantId } = context;
  // More ids than PostgreSQL takes parameters (32,767 fit in a request) failed as INTERNAL.
  if (args.leadIds && args.leadIds.length > MAX_DRY_RUN_LEADS)
    throw userError(`leadIds: at most ${MAX_DRY_RUN_LEADS} leads at a time`, 'leadIds');
  const first = Math.min(Math.max(args.first ?? 200, 1), MAX_DRY_RUN_LEADS);
  const rules = await rulesToTry(context, args.rules);
  const leads = await prisma.lead.findMany({
    where: {
      tenantId,
      status: { in: OPEN_LEAD_STATUSES },
      ownerId: null,
      ...(args.leadIds ? { id: { in: [...args.leadIds] } } : {}),
    },
    include: { customer: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: first,
  });
  const fallbackId = await loadFallbackOwnerId(prisma, tenantId);
  const ownerIds = [...rules.flatMap((r) => r.ownerIds), ...(fallbackId ? [fallbackId] : [])];
  const members = await loadMembers(prisma, tenantId, ownerIds);
  const users = new Map(
    (await prisma.user.findMany({ where: { tenantId, id: { in: ownerIds } } })).map((u) => [
      u.id,
      u,
    ]),
  );
  const turns = rules.map((r) => ({ ...r }));
  const assignments: DryRun['assignments'] = [];
  const totals = new Map<string | null, number>();
  for (const lead of leads) {
    const decision = decideRouting(turns, leadSubject(lead, lead.customer), members, {
      currentOwnerId: null,
      fallback: (fallbackId && members.get(fallbackId)) || null,
    });
    const owner = decision.owner ? (users.get(decision.owner.id) ?? null) : null;
    if (decision.owner) members.get(decision.owner.id)!.openLeads++;
    const turn = decision.rule && turns.find((r) => r === decision.rule);
    if (turn && decision.nextIndex !== null) turn.nextIndex = decision.nextIndex;
    const { customer: _customer, ...row } = lead;
    assignments.push({
      lead: row,
      owner,
      ruleName: decision.rule?.name ?? null,
      reason: decision.reason,
    });
    totals.set(owner?.id ?? null, (totals.get(owner?.id ?? null) ?? 0) + 1);
  }
  return {
    evaluated: leads.length,
    assignments,
    totals: [...totals]
      .map(([id, count]) => ({ owner: id ? users.get(id)! : null, leads: count }))
      .sort((a, b) => b.leads - a.leads),
  };
}
