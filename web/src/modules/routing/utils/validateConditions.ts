import type { ConditionBuilder_FieldFragment } from '../../../__generated__/lazy';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { valueKind, type ConditionDraft } from './conditionDraft';

const limits = fieldLimits.ConditionInput;
const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text.trim()));

/**
 * The builder's problems, keyed as the server keys them (`conditions.0.min`), so the server's
 * errors and these land next to the same input. Checks what the server checks, in plain words.
 */
export function validateConditions(
  drafts: readonly ConditionDraft[],
  fields: readonly ConditionBuilder_FieldFragment[],
  prefix = 'conditions',
): Record<string, string> {
  const errors: Record<string, string> = {};
  drafts.forEach((d, i) => {
    const at = `${prefix}.${i}`;
    const field = fields.find((f) => f.key === d.field);
    if (!field) {
      errors[`${at}.field`] = 'Pick a field.';
      return;
    }
    if (!field.operators.includes(d.operator)) {
      errors[`${at}.operator`] = `Pick a test that applies to ${field.label}.`;
      return;
    }
    const numeric = field.type === 'NUMBER';
    const checkOne = (text: string): string | undefined => {
      if (!text.trim()) return 'Enter a value.';
      if (numeric && !isNumber(text)) return `Enter a number (${field.label} is a number).`;
      if (text.trim().length > limits.value)
        return `Keep it to ${limits.value} characters or fewer.`;
      return undefined;
    };
    switch (valueKind(d.operator)) {
      case 'text': {
        const problem = checkOne(d.value);
        if (problem) errors[`${at}.value`] = problem;
        break;
      }
      case 'list': {
        const listed = d.values.filter((v) => v.trim());
        if (!listed.length) errors[`${at}.values`] = 'Add at least one value.';
        else {
          const problem = listed.map(checkOne).find(Boolean);
          if (problem) errors[`${at}.values`] = problem;
        }
        break;
      }
      case 'range': {
        const min = d.min.trim();
        const max = d.max.trim();
        if (!min && !max) errors[`${at}.min`] = 'Enter a minimum, a maximum or both.';
        else if (min && !isNumber(min)) errors[`${at}.min`] = 'Enter a number.';
        else if (max && !isNumber(max)) errors[`${at}.max`] = 'Enter a number.';
        else if (min && max && Number(min) > Number(max))
          errors[`${at}.min`] = `The minimum must not be greater than the maximum (${max}).`;
        break;
      }
      default:
        break;
    }
  });
  return errors;
}
