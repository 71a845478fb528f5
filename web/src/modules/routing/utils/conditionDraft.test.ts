import { describe, expect, it } from 'vitest';
import type { ConditionBuilder_FieldFragment } from '../../../__generated__/lazy';
import {
  changeField,
  conditionToDraft,
  draftToConditionInput,
  newConditionDraft,
  valueKind,
  type ConditionDraft,
} from './conditionDraft';

const country: ConditionBuilder_FieldFragment = {
  key: 'country',
  label: 'Country',
  type: 'TEXT',
  scope: 'LEAD',
  operators: ['EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'CONTAINS', 'NOT_CONTAINS', 'IS_EMPTY'],
  choices: null,
};
const employees: ConditionBuilder_FieldFragment = {
  key: 'employees',
  label: 'Employees',
  type: 'NUMBER',
  scope: 'LEAD',
  operators: ['EQUALS', 'NOT_EQUALS', 'BETWEEN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  choices: null,
};
const band: ConditionBuilder_FieldFragment = {
  key: 'band',
  label: 'Score band',
  type: 'CHOICE',
  scope: 'LEAD',
  operators: ['EQUALS', 'IN'],
  choices: ['hot', 'warm', 'cool', 'cold'],
};

const draft = (over: Partial<ConditionDraft>): ConditionDraft => ({
  field: 'country',
  operator: 'EQUALS',
  value: '',
  values: [],
  min: '',
  max: '',
  ...over,
});

describe('condition drafts', () => {
  it('sends only what the operator reads, trimmed', () => {
    expect(draftToConditionInput(draft({ value: ' DE ', values: ['x'], min: '3' }))).toEqual({
      field: 'country',
      operator: 'EQUALS',
      value: 'DE',
    });
    expect(draftToConditionInput(draft({ operator: 'IN', values: [' DE', '', 'FR'] }))).toEqual({
      field: 'country',
      operator: 'IN',
      values: ['DE', 'FR'],
    });
    expect(
      draftToConditionInput(
        draft({ field: 'employees', operator: 'BETWEEN', min: '500', max: '' }),
      ),
    ).toEqual({ field: 'employees', operator: 'BETWEEN', min: 500, max: null });
    expect(draftToConditionInput(draft({ operator: 'IS_EMPTY', value: 'x' }))).toEqual({
      field: 'country',
      operator: 'IS_EMPTY',
    });
  });

  it('round-trips a stored condition', () => {
    const stored = {
      field: 'employees',
      operator: 'BETWEEN' as const,
      value: null,
      values: null,
      min: 500,
      max: null,
    };
    const back = draftToConditionInput(conditionToDraft(stored));
    expect(back).toEqual({ field: 'employees', operator: 'BETWEEN', min: 500, max: null });
  });

  it('keeps the operator on a field change when the new field takes it, else its first', () => {
    const d = draft({ operator: 'CONTAINS', value: 'GmbH' });
    expect(changeField(d, employees)).toMatchObject({ field: 'employees', operator: 'EQUALS' });
    expect(changeField(draft({ operator: 'EQUALS' }), employees).operator).toBe('EQUALS');
  });

  it('starts a choice field on one of its choices and drops values it does not allow', () => {
    expect(newConditionDraft(band)).toMatchObject({ field: 'band', value: 'hot' });
    expect(changeField(draft({ operator: 'IN', values: ['DE', 'warm'] }), band).values).toEqual([
      'warm',
    ]);
  });

  it('maps operators to the inputs they need', () => {
    expect(valueKind('IN')).toBe('list');
    expect(valueKind('BETWEEN')).toBe('range');
    expect(valueKind('IS_NOT_EMPTY')).toBe('none');
    expect(valueKind('CONTAINS')).toBe('text');
    expect(newConditionDraft(country).operator).toBe('EQUALS');
  });
});
