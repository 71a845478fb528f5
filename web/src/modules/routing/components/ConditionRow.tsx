import type { ConditionBuilder_FieldFragment } from '../../../__generated__/lazy';
import { Field } from '../../../ui/Field';
import { changeField, valueKind, type ConditionDraft } from '../utils/conditionDraft';
import { operatorLabel } from '../utils/operatorLabel';
import { ListValueInput } from './ListValueInput';

/** One condition: field, test and the value inputs the test reads; errors keyed `<at>.<part>`. */
export function ConditionRow({
  id,
  index,
  at,
  draft,
  fields,
  errors,
  onChange,
  onRemove,
}: {
  id: string;
  index: number;
  at: string;
  draft: ConditionDraft;
  fields: readonly ConditionBuilder_FieldFragment[];
  errors: Record<string, string>;
  onChange: (draft: ConditionDraft) => void;
  onRemove: () => void;
}) {
  const field = fields.find((f) => f.key === draft.field);
  const n = index + 1;
  const kind = valueKind(draft.operator);
  const error = (part: string) => errors[`${at}.${part}`];
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...draft, ...patch });
  const numeric = field?.type === 'NUMBER';
  return (
    <li className="routing-condition" data-condition={index}>
      <Field id={`${id}-field`} label={`Condition ${n}: field`} error={error('field')}>
        <select
          id={`${id}-field`}
          value={draft.field}
          aria-invalid={Boolean(error('field'))}
          onChange={(e) => {
            const next = fields.find((f) => f.key === e.target.value);
            if (next) onChange(changeField(draft, next));
          }}
        >
          {!field && <option value={draft.field}>{draft.field || 'Pick a field'}</option>}
          {fields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-op`} label={`Condition ${n}: test`} error={error('operator')}>
        <select
          id={`${id}-op`}
          value={draft.operator}
          aria-invalid={Boolean(error('operator'))}
          onChange={(e) => set({ operator: e.target.value as ConditionDraft['operator'] })}
        >
          {(field?.operators ?? [draft.operator]).map((op) => (
            <option key={op} value={op}>
              {operatorLabel(op)}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'text' && (
        <Field id={`${id}-value`} label={`Condition ${n}: value`} error={error('value')}>
          {field?.choices ? (
            <select
              id={`${id}-value`}
              value={draft.value}
              onChange={(e) => set({ value: e.target.value })}
            >
              {field.choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              inputMode={numeric ? 'decimal' : undefined}
              value={draft.value}
              aria-invalid={Boolean(error('value'))}
              onChange={(e) => set({ value: e.target.value })}
            />
          )}
        </Field>
      )}
      {kind === 'list' && (
        <Field id={`${id}-values`} label={`Condition ${n}: values`} error={error('values')}>
          <ListValueInput
            id={`${id}-values`}
            label={`Condition ${n}: values`}
            values={draft.values}
            choices={field?.choices ?? null}
            invalid={Boolean(error('values'))}
            onChange={(values) => set({ values })}
          />
        </Field>
      )}
      {kind === 'range' && (
        <>
          <Field
            id={`${id}-min`}
            label={`Condition ${n}: at least`}
            error={error('min')}
            hint="Blank: no minimum"
          >
            <input
              id={`${id}-min`}
              inputMode="decimal"
              value={draft.min}
              aria-invalid={Boolean(error('min'))}
              onChange={(e) => set({ min: e.target.value })}
            />
          </Field>
          <Field
            id={`${id}-max`}
            label={`Condition ${n}: at most`}
            error={error('max')}
            hint="Blank: no maximum"
          >
            <input
              id={`${id}-max`}
              inputMode="decimal"
              value={draft.max}
              aria-invalid={Boolean(error('max'))}
              onChange={(e) => set({ max: e.target.value })}
            />
          </Field>
        </>
      )}
      <div className="routing-condition__remove">
        <button type="button" className="button button--small button--ghost" onClick={onRemove}>
          Remove condition {n}
        </button>
      </div>
    </li>
  );
}
