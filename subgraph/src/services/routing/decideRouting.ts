import { chooseOwner, type Member } from './chooseOwner';
import type { Condition, ConditionMatch, Subject } from './conditionTypes';
import { evaluateConditions } from './evaluateConditions';

export type RuleForRouting = {
  id: string | null;
  name: string;
  match: ConditionMatch;
  conditions: readonly Condition[];
  assignment: 'USER' | 'ROUND_ROBIN';
  ownerIds: readonly string[];
  nextIndex: number;
};

export type RuleEvaluation = {
  ruleId: string | null;
  ruleName: string;
  matched: boolean;
  detail: string;
};

export type RoutingDecision = {
  outcome: 'ASSIGNED' | 'UNCHANGED' | 'NO_MATCH';
  rule: RuleForRouting | null;
  owner: Member | null;
  /** The rule's round-robin turn after this lead (null: unchanged). */
  nextIndex: number | null;
  reason: string;
  evaluations: RuleEvaluation[];
};

/** The rule ids whose conditions hold: whose owners a routing transaction must lock. */
export function matchingRules<R extends RuleForRouting>(
  rules: readonly R[],
  subject: Subject,
): R[] {
  return rules.filter((r) => evaluateConditions(r.conditions, r.match, subject).matched);
}

/**
 * First match wins: the first rule whose conditions hold and that has an owner with room takes
 * the lead (a matching rule whose whole team is full or away passes it on, and says so); else the
 * fallback owner; else nobody. A lead already owned by a member of the winning rule keeps its
 * owner, so re-running rules never reshuffles a team's leads.
 */
export function decideRouting(
  rules: readonly RuleForRouting[],
  subject: Subject,
  members: ReadonlyMap<string, Member>,
  options: { currentOwnerId: string | null; fallback: Member | null },
): RoutingDecision {
  const evaluations: RuleEvaluation[] = [];
  for (const rule of rules) {
    const base = { ruleId: rule.id, ruleName: rule.name };
    const { matched, because } = evaluateConditions(rule.conditions, rule.match, subject);
    if (!matched) {
      evaluations.push({ ...base, matched: false, detail: `no match: ${because}` });
      continue;
    }
    const current = options.currentOwnerId ? members.get(options.currentOwnerId) : undefined;
    if (current && rule.ownerIds.includes(current.id)) {
      evaluations.push({ ...base, matched: true, detail: `match: ${because}` });
      return {
        outcome: 'UNCHANGED',
        rule,
        owner: current,
        nextIndex: null,
        reason: `Stays with ${current.name}: rule '${rule.name}' still applies because ${because}`,
        evaluations,
      };
    }
    const choice = chooseOwner(rule, members);
    const passed = choice.skipped.length ? ` (passed over: ${choice.skipped.join('; ')})` : '';
    if (!choice.owner) {
      evaluations.push({ ...base, matched: true, detail: `match, but nobody has room${passed}` });
      continue;
    }
    evaluations.push({ ...base, matched: true, detail: `match: ${because}` });
    const how =
      rule.assignment === 'ROUND_ROBIN'
        ? ` (round-robin${passed.replace(' (', '; ').replace(/\)$/, '')})`
        : passed;
    return {
      outcome: 'ASSIGNED',
      rule,
      owner: choice.owner,
      nextIndex: rule.assignment === 'ROUND_ROBIN' ? choice.nextIndex : null,
      reason: `Routed to ${choice.owner.name} by rule '${rule.name}' because ${because}${how}`,
      evaluations,
    };
  }
  const none = rules.length ? 'no rule matched' : 'there are no enabled rules';
  if (options.fallback) {
    const unchanged = options.fallback.id === options.currentOwnerId;
    return {
      outcome: unchanged ? 'UNCHANGED' : 'ASSIGNED',
      rule: null,
      owner: options.fallback,
      nextIndex: null,
      reason: `Routed to ${options.fallback.name}, the fallback owner: ${none}`,
      evaluations,
    };
  }
  return {
    outcome: 'NO_MATCH',
    rule: null,
    owner: null,
    nextIndex: null,
    reason: `Not routed: ${none} and there is no fallback owner`,
    evaluations,
  };
}
