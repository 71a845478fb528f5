import type {
  ConditionBuilder_FieldFragment,
  ConditionInput,
  ConditionOperator,
  RuleCondition_ConditionFragment,
} from '../../../__generated__/lazy';

/** One condition as the builder edits it: every input is text until it is sent. */
export type ConditionDraft = {
  field: string;
  operator: ConditionOperator;
  value: string;
  /** IN / NOT_IN: the listed values, one per entry. */
  values: string[];
  min: string;
  max: string;
};

export type ValueKind = 'none' | 'text' | 'list' | 'range';

/** Which value inputs an operator reads. */
export function valueKind(operator: ConditionOperator): ValueKind {
  switch (operator) {
    case 'IN':
    case 'NOT_IN':
      return 'list';
    case 'BETWEEN':
      return 'range';
    case 'IS_EMPTY':
    case 'IS_NOT_EMPTY':
      return 'none';
    default:
      return 'text';
  }
}

export function newConditionDraft(
  field: ConditionBuilder_FieldFragment | undefined,
): ConditionDraft {
  return {
    field: field?.key ?? '',
    operator: field?.operators[0] ?? 'EQUALS',
    value: field?.choices?.[0] ?? '',
    values: [],
    min: '',
    max: '',
  };
}

/** A new field keeps the operator when the field takes it, else the field's first operator. */
export function changeField(
  draft: ConditionDraft,
  field: ConditionBuilder_FieldFragment,
): ConditionDraft {
  const operator = field.operators.includes(draft.operator)
    ? draft.operator
    : (field.operators[0] ?? 'EQUALS');
  const value = field.choices
    ? field.choices.includes(draft.value)
      ? draft.value
      : (field.choices[0] ?? '')
    : draft.value;
  const values = field.choices
    ? draft.values.filter((v) => field.choices?.includes(v))
    : draft.values;
  return { ...draft, field: field.key, operator, value, values };
}

const numberText = (n: number | null) => (n == null ? '' : String(n));

export function conditionToDraft(c: RuleCondition_ConditionFragment): ConditionDraft {
  return {
    field: c.field,
    operator: c.operator,
    value: c.value ?? '',
    values: c.values ?? [],
    min: numberText(c.min),
    max: numberText(c.max),
  };
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** The API input: only the parts the operator reads, trimmed; ranges as numbers. */
export function draftToConditionInput(d: ConditionDraft): ConditionInput {
  const base = { field: d.field, operator: d.operator };
  switch (valueKind(d.operator)) {
    case 'list':
      return { ...base, values: d.values.map((v) => v.trim()).filter(Boolean) };
    case 'range':
      return { ...base, min: numberOrNull(d.min), max: numberOrNull(d.max) };
    case 'none':
      return base;
    default:
      return { ...base, value: d.value.trim() };
  }
}
