import { describe, expect, it } from 'vitest';
import type { ConditionBuilder_FieldFragment } from '../../../__generated__/lazy';
import type { ConditionDraft } from './conditionDraft';
import { validateConditions } from './validateConditions';

const fields: ConditionBuilder_FieldFragment[] = [
  {
    key: 'employees',
    label: 'Employees',
    type: 'NUMBER',
    scope: 'LEAD',
    operators: ['EQUALS', 'BETWEEN'],
    choices: null,
  },
  {
    key: 'country',
    label: 'Country',
    type: 'TEXT',
    scope: 'LEAD',
    operators: ['EQUALS', 'IN', 'CONTAINS'],
    choices: null,
  },
];
const d = (over: Partial<ConditionDraft>): ConditionDraft => ({
  field: 'country',
  operator: 'EQUALS',
  value: 'DE',
  values: [],
  min: '',
  max: '',
  ...over,
});

describe('validateConditions', () => {
  it('accepts complete conditions', () => {
    expect(
      validateConditions(
        [
          d({}),
          d({ field: 'employees', operator: 'BETWEEN', min: '500' }),
          d({ operator: 'IN', values: ['DE'] }),
        ],
        fields,
      ),
    ).toEqual({});
  });

  it('names the part that is wrong, as the server does', () => {
    const errors = validateConditions(
      [
        d({ field: 'nope' }),
        d({ field: 'employees', operator: 'CONTAINS' }),
        d({ field: 'employees', value: 'many' }),
        d({ field: 'employees', operator: 'BETWEEN' }),
        d({ field: 'employees', operator: 'BETWEEN', min: '10', max: '5' }),
        d({ operator: 'IN', values: [' '] }),
        d({ value: ' ' }),
      ],
      fields,
    );
    expect(Object.keys(errors)).toEqual([
      'conditions.0.field',
      'conditions.1.operator',
      'conditions.2.value',
      'conditions.3.min',
      'conditions.4.min',
      'conditions.5.values',
      'conditions.6.value',
    ]);
    expect(errors['conditions.2.value']).toMatch(/number/);
    expect(errors['conditions.4.min']).toMatch(/greater than the maximum/);
  });
});
