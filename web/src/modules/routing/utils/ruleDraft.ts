import type {
  ConditionBuilder_FieldFragment,
  ConditionMatch,
  RoutingAssignment,
  RoutingRuleInput,
  RoutingRules_RuleFragment,
} from '../../../__generated__/lazy';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';
import { conditionToDraft, draftToConditionInput, type ConditionDraft } from './conditionDraft';
import { validateConditions } from './validateConditions';

export type RuleDraft = {
  name: string;
  enabled: boolean;
  match: ConditionMatch;
  conditions: ConditionDraft[];
  assignment: RoutingAssignment;
  /** USER: the first one only. */
  ownerIds: string[];
};

export const EMPTY_RULE: RuleDraft = {
  name: '',
  enabled: true,
  match: 'ALL',
  conditions: [],
  assignment: 'USER',
  ownerIds: [],
};

export function ruleToDraft(rule: RoutingRules_RuleFragment): RuleDraft {
  return {
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    conditions: rule.conditions.map(conditionToDraft),
    assignment: rule.assignment,
    ownerIds: rule.owners.map((o) => o.id),
  };
}

export function draftToRuleInput(d: RuleDraft): RoutingRuleInput {
  return {
    name: d.name.trim(),
    enabled: d.enabled,
    match: d.match,
    conditions: d.conditions.map(draftToConditionInput),
    assignment: d.assignment,
    ownerIds: d.assignment === 'USER' ? d.ownerIds.slice(0, 1) : d.ownerIds,
  };
}

/** Problems keyed as the server names them (`name`, `ownerIds`, `conditions.0.value`). */
export function validateRule(
  d: RuleDraft,
  fields: readonly ConditionBuilder_FieldFragment[],
): Record<string, string> {
  const errors = validateConditions(d.conditions, fields);
  const name = d.name.trim();
  if (!name) errors.name = 'Give the rule a name.';
  else {
    const tooLong = lengthError(name, fieldLimits.RoutingRuleInput.name);
    if (tooLong) errors.name = tooLong;
  }
  if (!d.ownerIds.length)
    errors.ownerIds =
      d.assignment === 'USER' ? 'Pick the user who gets the leads.' : 'Pick at least one user.';
  return errors;
}
