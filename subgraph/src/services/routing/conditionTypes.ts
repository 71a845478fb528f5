export type ConditionOperator =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'IN'
  | 'NOT_IN'
  | 'CONTAINS'
  | 'NOT_CONTAINS'
  | 'BETWEEN'
  | 'IS_EMPTY'
  | 'IS_NOT_EMPTY';

/** A stored condition (RoutingRule.conditions / Automation.conditions hold a list of these). */
export type Condition = {
  field: string;
  operator: ConditionOperator;
  value?: string | null;
  values?: string[] | null;
  /** BETWEEN: inclusive bounds; either may be left out (≥ min, ≤ max). */
  min?: number | null;
  max?: number | null;
};

export type ConditionMatch = 'ALL' | 'ANY';

/** The values a condition reads, by field key; null is "missing" (no value of its own). */
export type Subject = Record<string, string | number | null>;
