import { describe, expect, it } from 'vitest';
import type { ConditionBuilder_FieldFragment } from '../../../__generated__/lazy';
import {
  draftToAutomationInput,
  EMPTY_AUTOMATION,
  newActionDraft,
  validateAutomation,
} from './automationDraft';
import { draftToRuleInput, EMPTY_RULE, validateRule } from './ruleDraft';

const fields: ConditionBuilder_FieldFragment[] = [
  {
    key: 'score',
    label: 'Score',
    type: 'NUMBER',
    scope: 'LEAD',
    operators: ['BETWEEN'],
    choices: null,
  },
  {
    key: 'deal.value',
    label: 'Deal value',
    type: 'NUMBER',
    scope: 'DEAL',
    operators: ['BETWEEN'],
    choices: null,
  },
];

describe('automation drafts', () => {
  it('sends the threshold only for score triggers and each action’s own settings', () => {
    const input = draftToAutomationInput({
      ...EMPTY_AUTOMATION,
      name: ' Hot ',
      threshold: '80',
      actions: [
        { ...newActionDraft('ADD_TASK'), text: ' Call them ', status: 'WORKING' },
        { ...newActionDraft('SET_LEAD_STATUS'), status: 'WORKING' },
      ],
    });
    expect(input).toMatchObject({ name: 'Hot', threshold: 80, direction: 'UP', stageId: null });
    expect(input.actions).toEqual([
      { type: 'ADD_TASK', text: 'Call them' },
      { type: 'SET_LEAD_STATUS', status: 'WORKING' },
    ]);
    const created = draftToAutomationInput({
      ...EMPTY_AUTOMATION,
      name: 'x',
      trigger: 'LEAD_CREATED',
    });
    expect(created).toMatchObject({ threshold: null, direction: null });
  });

  it('checks the trigger, the actions and the deal-only fields', () => {
    const errors = validateAutomation(
      {
        ...EMPTY_AUTOMATION,
        threshold: '101',
        conditions: [
          { field: 'deal.value', operator: 'BETWEEN', value: '', values: [], min: '1', max: '' },
        ],
        actions: [
          newActionDraft('CONVERT_LEAD'),
          { ...newActionDraft('EMIT_EVENT'), eventName: 'Bad' },
        ],
      },
      fields,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'actions.0.stageId',
      'actions.1.eventName',
      'conditions.0.field',
      'name',
      'threshold',
    ]);
    const deal = validateAutomation(
      { ...EMPTY_AUTOMATION, name: 'Rot', trigger: 'DEAL_ROTTING', actions: [newActionDraft()] },
      fields,
    );
    expect(Object.keys(deal)).toEqual(['actions.0.type']);
  });
});

describe('rule drafts', () => {
  it('sends one owner for USER and needs a name and an owner', () => {
    expect(
      draftToRuleInput({ ...EMPTY_RULE, name: 'EMEA', ownerIds: ['u1', 'u2'] }).ownerIds,
    ).toEqual(['u1']);
    expect(Object.keys(validateRule(EMPTY_RULE, fields)).sort()).toEqual(['name', 'ownerIds']);
  });
});
