import { z } from 'zod';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { text } from '../common/validate';
import { FIELDS_BY_KEY, type FieldScope, type FieldType } from './conditionFields';
import type { Condition, ConditionOperator } from './conditionTypes';

export const MAX_CONDITIONS = 25;
export const MAX_VALUES = 100;

export const OPERATORS_BY_TYPE: Record<FieldType, readonly ConditionOperator[]> = {
  TEXT: [
    'EQUALS',
    'NOT_EQUALS',
    'IN',
    'NOT_IN',
    'CONTAINS',
    'NOT_CONTAINS',
    'IS_EMPTY',
    'IS_NOT_EMPTY',
  ],
  NUMBER: ['EQUALS', 'NOT_EQUALS', 'BETWEEN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
  CHOICE: ['EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY'],
};

const limits = fieldLimits.ConditionInput;
const condition = z.object({
  field: text(limits.field),
  operator: z.enum([
    'EQUALS',
    'NOT_EQUALS',
    'IN',
    'NOT_IN',
    'CONTAINS',
    'NOT_CONTAINS',
    'BETWEEN',
    'IS_EMPTY',
    'IS_NOT_EMPTY',
  ]),
  value: text(limits.value).nullable().optional(),
  values: z
    .array(text(limits.values))
    .max(MAX_VALUES, `must list at most ${MAX_VALUES} values`)
    .nullable()
    .optional(),
  min: z.number().finite().nullable().optional(),
  max: z.number().finite().nullable().optional(),
});

type Issue = { path: (string | number)[]; message: string };

/** The problems of one parsed condition, with the path of the part that is wrong. */
function conditionIssues(c: z.infer<typeof condition>, scopes: readonly FieldScope[]): Issue[] {
  const field = FIELDS_BY_KEY.get(c.field);
  if (!field) return [{ path: ['field'], message: `unknown field "${c.field}"` }];
  if (!scopes.includes(field.scope))
    return [{ path: ['field'], message: `"${c.field}" is a deal field; this trigger has no deal` }];
  if (!OPERATORS_BY_TYPE[field.type].includes(c.operator))
    return [{ path: ['operator'], message: `${c.operator} does not apply to ${c.field}` }];
  const numeric = field.type === 'NUMBER';
  const { range } = field;
  // A bound the field never reaches is a slip (a score of 1e20, -3 emails), not a rule.
  const outside = (value: number, path: (string | number)[]): Issue[] =>
    range && (value < range.min || value > range.max)
      ? [
          {
            path,
            message:
              range.max === Infinity
                ? `must be at least ${range.min} (${c.field} is never below it)`
                : `must be from ${range.min} to ${range.max} (the range of ${c.field})`,
          },
        ]
      : [];
  const check = (value: string, path: (string | number)[]): Issue[] => {
    if (numeric && (value === '' || !Number.isFinite(Number(value))))
      return [{ path, message: `"${value}" is not a number (${c.field} is a number)` }];
    if (numeric) return outside(Number(value), path);
    if (field.choices && !field.choices.includes(value))
      return [{ path, message: `"${value}" is not one of ${field.choices.join(', ')}` }];
    return [];
  };
  switch (c.operator) {
    case 'EQUALS':
    case 'NOT_EQUALS':
      if (!c.value) return [{ path: ['value'], message: 'must not be empty' }];
      return check(c.value, ['value']);
    case 'CONTAINS':
    case 'NOT_CONTAINS':
      return c.value ? [] : [{ path: ['value'], message: 'must not be empty' }];
    case 'IN':
    case 'NOT_IN':
      if (!c.values?.length) return [{ path: ['values'], message: 'must list at least one value' }];
      return c.values.flatMap((v, i) => check(v, ['values', i]));
    case 'BETWEEN':
      if (c.min == null && c.max == null)
        return [{ path: ['min'], message: 'a range needs min, max or both' }];
      if (c.min != null && c.max != null && c.min > c.max)
        return [{ path: ['min'], message: `must not be greater than max (${c.min} > ${c.max})` }];
      return [
        ...(c.min != null ? outside(c.min, ['min']) : []),
        ...(c.max != null ? outside(c.max, ['max']) : []),
      ];
    default:
      return [];
  }
}

/** Conditions as stored: only the parts their operator reads. */
function normalise(c: z.infer<typeof condition>): Condition {
  const base = { field: c.field, operator: c.operator };
  if (c.operator === 'IN' || c.operator === 'NOT_IN') return { ...base, values: c.values ?? [] };
  if (c.operator === 'BETWEEN') return { ...base, min: c.min ?? null, max: c.max ?? null };
  if (c.operator === 'IS_EMPTY' || c.operator === 'IS_NOT_EMPTY') return base;
  return { ...base, value: c.value ?? '' };
}

/**
 * A list of conditions, checked against the field catalogue: an unknown field, an operator that
 * does not fit the field, a non-number for a number field or an empty or inverted range is an
 * issue at `conditions.<i>.<part>`, which `validate` turns into a BAD_USER_INPUT naming it.
 */
export function conditionsSchema(scopes: readonly FieldScope[] = ['LEAD']) {
  return z
    .array(condition)
    .max(MAX_CONDITIONS, `must have at most ${MAX_CONDITIONS} conditions`)
    .superRefine((list, ctx) => {
      list.forEach((c, i) => {
        for (const issue of conditionIssues(c, scopes))
          ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
      });
    })
    .transform((list) => list.map(normalise));
}
