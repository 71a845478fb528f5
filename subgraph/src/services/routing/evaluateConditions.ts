import { FIELDS_BY_KEY } from './conditionFields';
import type { Condition, ConditionMatch, Subject } from './conditionTypes';

export type ConditionResult = { held: boolean; text: string };
export type Evaluation = { matched: boolean; results: ConditionResult[]; because: string };

const norm = (v: string | number) => String(v).trim().toLowerCase();
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const show = (v: string | number | null) =>
  v === null ? 'empty' : typeof v === 'number' ? numberFormat.format(v) : v;

function holds(condition: Condition, actual: string | number | null): boolean {
  const { operator } = condition;
  if (operator === 'IS_EMPTY') return actual === null || actual === '';
  if (operator === 'IS_NOT_EMPTY') return actual !== null && actual !== '';
  // A missing value satisfies no test but "is empty" (and the negations: it is not DE).
  if (actual === null) return operator === 'NOT_EQUALS' || operator === 'NOT_IN';
  const numeric = FIELDS_BY_KEY.get(condition.field)?.type === 'NUMBER';
  const equal = (expected: string) =>
    numeric ? Number(actual) === Number(expected) : norm(actual) === norm(expected);
  switch (operator) {
    case 'EQUALS':
      return equal(condition.value ?? '');
    case 'NOT_EQUALS':
      return !equal(condition.value ?? '');
    case 'IN':
      return (condition.values ?? []).some(equal);
    case 'NOT_IN':
      return !(condition.values ?? []).some(equal);
    case 'CONTAINS':
      return norm(actual).includes(norm(condition.value ?? ''));
    case 'NOT_CONTAINS':
      return !norm(actual).includes(norm(condition.value ?? ''));
    case 'BETWEEN': {
      const n = Number(actual);
      return (
        (condition.min == null || n >= condition.min) &&
        (condition.max == null || n <= condition.max)
      );
    }
  }
}

/** What was tested, in words an admin reads in a timeline: "country is DE", "employees 800 (≥ 500)". */
export function describeCondition(condition: Condition, actual: string | number | null): string {
  const label = FIELDS_BY_KEY.get(condition.field)?.label.toLowerCase() ?? condition.field;
  const list = (condition.values ?? []).join(', ');
  const value = show(actual);
  switch (condition.operator) {
    case 'EQUALS':
      return `${label} is ${value}${norm(value) === norm(condition.value ?? '') ? '' : ` (not ${condition.value})`}`;
    case 'NOT_EQUALS':
      return `${label} is ${value} (wanted not ${condition.value})`;
    case 'IN':
      return `${label} is ${value} (in ${list})`;
    case 'NOT_IN':
      return `${label} is ${value} (wanted not in ${list})`;
    case 'CONTAINS':
      return `${label} "${value}" (contains "${condition.value}")`;
    case 'NOT_CONTAINS':
      return `${label} "${value}" (must not contain "${condition.value}")`;
    case 'BETWEEN': {
      const { min, max } = condition;
      const range =
        min != null && max != null
          ? `${show(min)}–${show(max)}`
          : min != null
            ? `≥ ${show(min)}`
            : `≤ ${show(max ?? null)}`;
      return `${label} ${value} (${range})`;
    }
    case 'IS_EMPTY':
      return `${label} is ${value === 'empty' ? 'empty' : `${value} (wanted empty)`}`;
    case 'IS_NOT_EMPTY':
      return `${label} is ${value}`;
  }
}

/**
 * Tests conditions against a subject. ALL: every one holds (no conditions: always); ANY: at least
 * one holds. `because` names the conditions that decided it, for the timeline and the run log.
 */
export function evaluateConditions(
  conditions: readonly Condition[],
  match: ConditionMatch,
  subject: Subject,
): Evaluation {
  const results = conditions.map((c) => {
    const actual = subject[c.field] ?? null;
    return { held: holds(c, actual), text: describeCondition(c, actual) };
  });
  const held = results.filter((r) => r.held);
  const failed = results.filter((r) => !r.held);
  if (conditions.length === 0) return { matched: true, results, because: 'it has no conditions' };
  if (match === 'ALL') {
    return failed.length === 0
      ? { matched: true, results, because: held.map((r) => r.text).join(' and ') }
      : { matched: false, results, because: failed.map((r) => r.text).join(' and ') };
  }
  return held.length > 0
    ? { matched: true, results, because: held.map((r) => r.text).join(' or ') }
    : { matched: false, results, because: failed.map((r) => r.text).join(' and ') };
}
