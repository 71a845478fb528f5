import type {
  AutomationSettingsQuery,
  AutomationTrigger,
  CrossingDirection,
} from '../../../__generated__/lazy';
import { Field } from '../../../ui/Field';
import type { AutomationDraft } from '../utils/automationDraft';

const TRIGGERS: [AutomationTrigger, string][] = [
  ['SCORE_CROSSED', 'A lead’s score crosses a threshold'],
  ['LEAD_CREATED', 'A lead is created'],
  ['DEAL_STAGE_CHANGED', 'A deal enters a stage'],
  ['DEAL_ROTTING', 'A deal is rotting in its stage'],
];

/** The trigger and its parameters. */
export function TriggerFields({
  id,
  draft,
  pipelines,
  errors,
  onChange,
}: {
  id: string;
  draft: AutomationDraft;
  pipelines: AutomationSettingsQuery['pipelines'];
  errors: Record<string, string>;
  onChange: (patch: Partial<AutomationDraft>) => void;
}) {
  return (
    <div className="form-grid">
      <Field id={`${id}-trigger`} label="When" error={errors.trigger}>
        <select
          id={`${id}-trigger`}
          value={draft.trigger}
          onChange={(e) => onChange({ trigger: e.target.value as AutomationTrigger })}
        >
          {TRIGGERS.map(([t, label]) => (
            <option key={t} value={t}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {draft.trigger === 'SCORE_CROSSED' && (
        <>
          <Field id={`${id}-direction`} label="Direction" error={errors.direction}>
            <select
              id={`${id}-direction`}
              value={draft.direction}
              onChange={(e) => onChange({ direction: e.target.value as CrossingDirection })}
            >
              <option value="UP">rises to or above</option>
              <option value="DOWN">falls below</option>
            </select>
          </Field>
          <Field id={`${id}-threshold`} label="Threshold (1–100)" error={errors.threshold}>
            <input
              id={`${id}-threshold`}
              inputMode="numeric"
              value={draft.threshold}
              aria-invalid={Boolean(errors.threshold)}
              onChange={(e) => onChange({ threshold: e.target.value })}
            />
          </Field>
        </>
      )}
      {draft.trigger === 'DEAL_STAGE_CHANGED' && (
        <Field id={`${id}-stage`} label="Stage" error={errors.stageId}>
          <select
            id={`${id}-stage`}
            value={draft.stageId}
            onChange={(e) => onChange({ stageId: e.target.value })}
          >
            <option value="">Any stage</option>
            {pipelines.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {[...p.stages]
                  .sort((a, b) => a.order - b.order)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {p.name}: {s.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
