import type {
  AutomationActionInput,
  AutomationActionType,
  AutomationInput,
  AutomationTrigger,
  Automations_AutomationFragment,
  ConditionBuilder_FieldFragment,
  ConditionMatch,
  CrossingDirection,
  LeadStatus,
} from '../../../__generated__/lazy';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';
import { conditionToDraft, draftToConditionInput, type ConditionDraft } from './conditionDraft';
import { validateConditions } from './validateConditions';

export type ActionDraft = {
  type: AutomationActionType;
  status: LeadStatus;
  stageId: string;
  value: string;
  ownerId: string;
  text: string;
  eventName: string;
};

export type AutomationDraft = {
  name: string;
  enabled: boolean;
  trigger: AutomationTrigger;
  threshold: string;
  direction: CrossingDirection;
  /** DEAL_STAGE_CHANGED: '' is any stage. */
  stageId: string;
  match: ConditionMatch;
  conditions: ConditionDraft[];
  actions: ActionDraft[];
};

export const DEAL_TRIGGERS: readonly AutomationTrigger[] = ['DEAL_STAGE_CHANGED', 'DEAL_ROTTING'];
export const LEAD_ONLY_ACTIONS: readonly AutomationActionType[] = [
  'SET_LEAD_STATUS',
  'CONVERT_LEAD',
];

export const newActionDraft = (type: AutomationActionType = 'SET_LEAD_STATUS'): ActionDraft => ({
  type,
  status: 'QUALIFIED',
  stageId: '',
  value: '',
  ownerId: '',
  text: '',
  eventName: '',
});

export const EMPTY_AUTOMATION: AutomationDraft = {
  name: '',
  enabled: true,
  trigger: 'SCORE_CROSSED',
  threshold: '70',
  direction: 'UP',
  stageId: '',
  match: 'ALL',
  conditions: [],
  actions: [newActionDraft()],
};

export function automationToDraft(a: Automations_AutomationFragment): AutomationDraft {
  return {
    name: a.name,
    enabled: a.enabled,
    trigger: a.trigger,
    threshold: a.threshold == null ? '' : String(a.threshold),
    direction: a.direction ?? 'UP',
    stageId: a.stage?.id ?? '',
    match: a.match,
    conditions: a.conditions.map(conditionToDraft),
    actions: a.actions.map((x) => ({
      ...newActionDraft(x.type),
      status: x.status ?? 'QUALIFIED',
      stageId: x.stage?.id ?? '',
      value: x.value ?? '',
      ownerId: x.owner?.id ?? '',
      text: x.text ?? '',
      eventName: x.eventName ?? '',
    })),
  };
}

function actionInput(a: ActionDraft): AutomationActionInput {
  switch (a.type) {
    case 'SET_LEAD_STATUS':
      return { type: a.type, status: a.status };
    case 'CONVERT_LEAD':
      return { type: a.type, stageId: a.stageId, value: a.value.trim() };
    case 'ASSIGN':
      return { type: a.type, ownerId: a.ownerId };
    case 'ADD_TASK':
      return { type: a.type, text: a.text.trim() };
    case 'EMIT_EVENT':
      return { type: a.type, eventName: a.eventName.trim() };
  }
}

/** The API input: only what the trigger and each action read. */
export function draftToAutomationInput(d: AutomationDraft): AutomationInput {
  const score = d.trigger === 'SCORE_CROSSED';
  return {
    name: d.name.trim(),
    enabled: d.enabled,
    trigger: d.trigger,
    threshold: score ? Number(d.threshold) : null,
    direction: score ? d.direction : null,
    stageId: d.trigger === 'DEAL_STAGE_CHANGED' && d.stageId ? d.stageId : null,
    match: d.match,
    conditions: d.conditions.map(draftToConditionInput),
    actions: d.actions.map(actionInput),
  };
}

const MONEY = /^\d+(\.\d{1,2})?$/;
const EVENT_NAME = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9._-]+$/;

function actionError(a: ActionDraft, dealTrigger: boolean): [string, string] | null {
  if (dealTrigger && LEAD_ONLY_ACTIONS.includes(a.type))
    return ['type', 'This action needs a lead; pick a lead trigger or another action.'];
  switch (a.type) {
    case 'CONVERT_LEAD':
      if (!a.stageId) return ['stageId', 'Pick the stage the new deal starts in.'];
      return MONEY.test(a.value.trim())
        ? null
        : ['value', 'Enter an amount with at most 2 decimals, like 12500 or 12500.50.'];
    case 'ASSIGN':
      return a.ownerId ? null : ['ownerId', 'Pick a user.'];
    case 'ADD_TASK':
      if (!a.text.trim()) return ['text', 'Describe the task.'];
      return lengthError(a.text.trim(), fieldLimits.AutomationActionInput.text)
        ? ['text', lengthError(a.text.trim(), fieldLimits.AutomationActionInput.text) ?? '']
        : null;
    case 'EMIT_EVENT':
      return EVENT_NAME.test(a.eventName.trim())
        ? null
        : ['eventName', 'Name the event like “team/thing.happened” (lower case).'];
    default:
      return null;
  }
}

/** Problems keyed as the server names them (`threshold`, `actions.0.stageId`, `conditions.1.min`). */
export function validateAutomation(
  d: AutomationDraft,
  fields: readonly ConditionBuilder_FieldFragment[],
): Record<string, string> {
  const dealTrigger = DEAL_TRIGGERS.includes(d.trigger);
  const scoped = fields.filter((f) => dealTrigger || f.scope === 'LEAD');
  const errors = validateConditions(d.conditions, scoped);
  const name = d.name.trim();
  if (!name) errors.name = 'Give the automation a name.';
  else {
    const tooLong = lengthError(name, fieldLimits.AutomationInput.name);
    if (tooLong) errors.name = tooLong;
  }
  if (d.trigger === 'SCORE_CROSSED') {
    const t = Number(d.threshold);
    if (!/^\d+$/.test(d.threshold.trim()) || t < 1 || t > 100)
      errors.threshold = 'Enter a whole number from 1 to 100.';
  }
  if (!d.actions.length) errors.actions = 'Add at least one action.';
  d.actions.forEach((a, i) => {
    const problem = actionError(a, dealTrigger);
    if (problem) errors[`actions.${i}.${problem[0]}`] = problem[1];
  });
  return errors;
}
