import type { ConditionOperator } from '../../../__generated__/lazy';

const LABELS: Record<ConditionOperator, string> = {
  EQUALS: 'is',
  NOT_EQUALS: 'is not',
  IN: 'is one of',
  NOT_IN: 'is none of',
  CONTAINS: 'contains',
  NOT_CONTAINS: 'does not contain',
  BETWEEN: 'is between',
  IS_EMPTY: 'is empty',
  IS_NOT_EMPTY: 'is not empty',
};

export function operatorLabel(operator: ConditionOperator): string {
  return LABELS[operator];
}
