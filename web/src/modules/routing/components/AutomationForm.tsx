import { useId, useState, type FormEvent } from 'react';
import {
  useDryRunAutomationLazyQuery,
  type AutomationSettingsQuery,
  type Automations_AutomationFragment,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import { useToast } from '../../../ui/useToast';
import { useSaveAutomation } from '../hooks/useSaveAutomation';
import {
  automationToDraft,
  DEAL_TRIGGERS,
  draftToAutomationInput,
  EMPTY_AUTOMATION,
  newActionDraft,
  validateAutomation,
  type AutomationDraft,
} from '../utils/automationDraft';
import { describeAutomationDryRun } from '../utils/describeAutomationDryRun';
import { serverFieldErrors } from '../utils/serverFieldErrors';
import { ActionRow } from './ActionRow';
import { ConditionBuilder } from './ConditionBuilder';
import { TriggerFields } from './TriggerFields';

/** Leads or deals a dry run tests: enough to judge the conditions by, quick to answer. */
const DRY_RUN_LIMIT = 20;

/** Creates or edits an automation: trigger, conditions, actions; a dry run on request. */
export function AutomationForm({
  automation,
  data,
  onDone,
}: {
  automation: Automations_AutomationFragment | undefined;
  data: AutomationSettingsQuery;
  onDone: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<AutomationDraft>(() =>
    automation ? automationToDraft(automation) : EMPTY_AUTOMATION,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The server's refusal in words, beside the buttons, as well as next to the fields it names.
  const [formError, setFormError] = useState<string>();
  const [runDryRun, dryRun] = useDryRunAutomationLazyQuery({ fetchPolicy: 'network-only' });
  const [previewed, setPreviewed] = useState<string | null>(null);
  const { save, loading } = useSaveAutomation();
  const toast = useToast();
  const change = (patch: Partial<AutomationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const dealTrigger = DEAL_TRIGGERS.includes(draft.trigger);
  const fields = data.conditionFields.filter((f) => dealTrigger || f.scope === 'LEAD');
  const input = draftToAutomationInput(draft);
  const fresh = previewed === JSON.stringify(input) && dryRun.data != null;

  const check = () => {
    setFormError(undefined);
    const found = validateAutomation(draft, data.conditionFields);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const preview = async () => {
    if (!check()) return;
    const result = await runDryRun({ variables: { input, first: DRY_RUN_LIMIT } }).catch(
      (error: unknown) => ({
        error,
        data: undefined,
      }),
    );
    if (result.error) {
      const found = serverFieldErrors(result.error);
      if (Object.keys(found).length) {
        setErrors(found);
        setFormError(errorMessage(result.error));
      } else toast.show(`The dry run failed: ${errorMessage(result.error)}`, 'error');
      return;
    }
    setPreviewed(JSON.stringify(input));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    try {
      await save(automation?.id, input);
      toast.show(`Saved automation “${input.name}”.`, 'success');
      onDone();
    } catch (error) {
      const found = serverFieldErrors(error);
      if (Object.keys(found).length) {
        setErrors(found);
        setFormError(errorMessage(error));
      } else toast.show(`Could not save the automation: ${errorMessage(error)}`, 'error');
    }
  };

  const setAction = (i: number, a: AutomationDraft['actions'][number]) =>
    change({ actions: draft.actions.map((x, j) => (j === i ? a : x)) });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={automation ? `Edit automation ${automation.name}` : 'New automation'}
      className="stack"
    >
      <div className="form-grid">
        <Field id={`${id}-name`} label="Automation name" error={errors.name}>
          <input
            id={`${id}-name`}
            value={draft.name}
            aria-invalid={Boolean(errors.name)}
            onChange={(e) => change({ name: e.target.value })}
          />
        </Field>
        <div className="field">
          <span className="field__label">Status</span>
          <label className="filters__check">
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(e) => change({ enabled: e.target.checked })}
            />{' '}
            Enabled
          </label>
        </div>
      </div>
      <TriggerFields
        id={id}
        draft={draft}
        pipelines={data.pipelines}
        errors={errors}
        onChange={change}
      />
      <ConditionBuilder
        fields={fields}
        match={draft.match}
        conditions={draft.conditions}
        errors={errors}
        onMatchChange={(match) => change({ match })}
        onChange={(conditions) => change({ conditions })}
      />
      <fieldset className="routing-conditions">
        <legend className="field__label">Then</legend>
        {errors.actions && (
          <span className="field__error" role="alert">
            {errors.actions}
          </span>
        )}
        <ol className="routing-condition-list">
          {draft.actions.map((a, i) => (
            <ActionRow
              key={i}
              id={`${id}-a${i}`}
              index={i}
              draft={a}
              data={data}
              errors={errors}
              onChange={(next) => setAction(i, next)}
              onRemove={
                draft.actions.length > 1
                  ? () => change({ actions: draft.actions.filter((_, j) => j !== i) })
                  : undefined
              }
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--small"
          onClick={() => change({ actions: [...draft.actions, newActionDraft('ADD_TASK')] })}
        >
          Add action
        </button>
      </fieldset>
      {dryRun.loading && <p role="status">Running the dry run…</p>}
      {fresh && dryRun.data && (
        <section aria-label="Dry run" data-testid="automation-dry-run" className="routing-dry-run">
          <h3 className="panel__title">
            {describeAutomationDryRun(dryRun.data.dryRunAutomation, DRY_RUN_LIMIT, dealTrigger)}
          </h3>
          <ul className="routing-totals">
            {dryRun.data.dryRunAutomation.samples.map((s, i) => (
              <li key={s.lead?.id ?? s.deal?.id ?? i}>
                <strong>{s.lead?.name ?? s.deal?.title}</strong>: {s.reason}
                {s.actions.length > 0 && ` → ${s.actions.join('; ')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => void preview()}
          disabled={dryRun.loading}
        >
          Preview dry run
        </button>
        <button type="submit" className="button button--primary" disabled={loading}>
          {automation ? 'Save automation' : 'Create automation'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
