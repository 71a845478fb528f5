import { useId } from 'react';
import type { ConditionBuilder_FieldFragment, ConditionMatch } from '../../../__generated__/lazy';
import { newConditionDraft, type ConditionDraft } from '../utils/conditionDraft';
import { ConditionRow } from './ConditionRow';

/** Conditions picked from the server's field catalogue, joined by ALL or ANY; no JSON. */
export function ConditionBuilder({
  fields,
  match,
  conditions,
  errors,
  onMatchChange,
  onChange,
}: {
  fields: readonly ConditionBuilder_FieldFragment[];
  match: ConditionMatch;
  conditions: readonly ConditionDraft[];
  errors: Record<string, string>;
  onMatchChange: (match: ConditionMatch) => void;
  onChange: (conditions: ConditionDraft[]) => void;
}) {
  const id = useId();
  const replace = (i: number, draft: ConditionDraft) =>
    onChange(conditions.map((c, j) => (j === i ? draft : c)));
  return (
    <fieldset className="routing-conditions">
      <legend className="field__label">Conditions</legend>
      {conditions.length === 0 ? (
        <p className="muted">No conditions: every lead matches.</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-match`} className="field__label">
            A lead matches when
          </label>
          <select
            id={`${id}-match`}
            value={match}
            onChange={(e) => onMatchChange(e.target.value as ConditionMatch)}
          >
            <option value="ALL">all conditions hold</option>
            <option value="ANY">any condition holds</option>
          </select>
        </div>
      )}
      <ol className="routing-condition-list">
        {conditions.map((c, i) => (
          <ConditionRow
            // Conditions have no id; a removed row shifts the others, which is what the user sees.
            key={i}
            id={`${id}-c${i}`}
            index={i}
            at={`conditions.${i}`}
            draft={c}
            fields={fields}
            errors={errors}
            onChange={(d) => replace(i, d)}
            onRemove={() => onChange(conditions.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...conditions, newConditionDraft(fields[0])])}
      >
        Add condition
      </button>
    </fieldset>
  );
}
