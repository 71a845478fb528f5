import { CONDITION_FIELDS } from './conditionFields';
import { OPERATORS_BY_TYPE } from './conditionsSchema';

/** The field catalogue with the operators each field takes: what the settings pages build from. */
export function conditionFieldList() {
  return CONDITION_FIELDS.map((f) => ({
    ...f,
    choices: f.choices ? [...f.choices] : null,
    operators: [...OPERATORS_BY_TYPE[f.type]],
  }));
}
