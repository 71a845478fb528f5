import type {
  ConditionBuilder_FieldFragment,
  RuleCondition_ConditionFragment,
} from '../../../__generated__/lazy';
import { operatorLabel } from './operatorLabel';

/** A stored condition in words: “Employees is between 500 and any”. */
export function describeCondition(
  c: RuleCondition_ConditionFragment,
  fields: readonly ConditionBuilder_FieldFragment[],
): string {
  const label = fields.find((f) => f.key === c.field)?.label ?? c.field;
  const op = operatorLabel(c.operator);
  if (c.operator === 'BETWEEN') {
    if (c.min != null && c.max != null) return `${label} ${op} ${c.min} and ${c.max}`;
    return c.min != null ? `${label} ≥ ${c.min}` : `${label} ≤ ${c.max}`;
  }
  if (c.values) return `${label} ${op} ${c.values.join(', ')}`;
  return c.value == null ? `${label} ${op}` : `${label} ${op} ${c.value}`;
}
