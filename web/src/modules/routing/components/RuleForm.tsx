import { useId, useState, type FormEvent } from 'react';
import {
  useDryRunRoutingLazyQuery,
  useRouteLeadsMutation,
  type ConditionBuilder_FieldFragment,
  type RoutingRules_RuleFragment,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { Field } from '../../../ui/Field';
import { UserOptions } from '../../../ui/UserOptions';
import { useToast } from '../../../ui/useToast';
import { useSaveRoutingRule } from '../hooks/useSaveRoutingRule';
import { errorsForRule } from '../utils/errorsForRule';
import {
  draftToRuleInput,
  EMPTY_RULE,
  ruleToDraft,
  validateRule,
  type RuleDraft,
} from '../utils/ruleDraft';
import { serverFieldErrors } from '../utils/serverFieldErrors';
import { describeRouted } from '../utils/describeRouted';
import { plural } from '../../../lib/plural';
import { ConditionBuilder } from './ConditionBuilder';
import { RoutingDryRunResult } from './RoutingDryRunResult';

type User = { id: string; name: string };

const DRY_RUN_LEADS = 200;

/**
 * Creates or edits a rule. Saving needs a dry run of the rule set with this draft in it first, so
 * whoever saves has seen who would get which leads.
 */
export function RuleForm({
  rule,
  rules,
  fields,
  users,
  onDone,
}: {
  rule: RoutingRules_RuleFragment | undefined;
  rules: readonly RoutingRules_RuleFragment[];
  fields: readonly ConditionBuilder_FieldFragment[];
  users: readonly User[];
  onDone: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? ruleToDraft(rule) : EMPTY_RULE));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The server's refusal in words, beside the buttons, as well as next to the fields it names.
  const [formError, setFormError] = useState<string>();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [runDryRun, dryRun] = useDryRunRoutingLazyQuery({ fetchPolicy: 'network-only' });
  const { save, loading } = useSaveRoutingRule();
  const [routeLeads] = useRouteLeadsMutation();
  const toast = useToast();
  const input = draftToRuleInput(draft);
  const current = JSON.stringify(input);
  const fresh = previewed === current && dryRun.data != null;
  const change = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // The rule set as it would be: this draft in its place, or last when new.
  const index = rule ? rules.findIndex((r) => r.id === rule.id) : rules.length;

  const check = () => {
    setFormError(undefined);
    const found = validateRule(draft, fields);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const preview = async () => {
    if (!check()) return;
    const set = rules.map((r) => (r.id === rule?.id ? input : draftToRuleInput(ruleToDraft(r))));
    if (!rule) set.push(input);
    const result = await runDryRun({ variables: { rules: set, first: DRY_RUN_LEADS } }).catch(
      (error: unknown) => ({ error, data: undefined }),
    );
    if (result.error) {
      const fieldsWrong = errorsForRule(serverFieldErrors(result.error), index);
      if (Object.keys(fieldsWrong).length) {
        setErrors(fieldsWrong);
        setFormError(errorMessage(result.error));
      } else toast.show(`The dry run failed: ${errorMessage(result.error)}`, 'error');
      return;
    }
    setPreviewed(current);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check() || !fresh) return;
    // Rules route leads as they are created: the unassigned leads the dry run gave an owner stay
    // unassigned unless they are routed now (a new user took the preview for what saving does).
    const waiting = (dryRun.data?.dryRunRouting.assignments ?? [])
      .filter((a) => a.owner)
      .map((a) => a.lead.id);
    const routeWaiting = async () => {
      try {
        const { data } = await routeLeads({ variables: { ids: waiting } });
        toast.show(describeRouted(data?.routeLeads ?? [], waiting.length), 'success');
      } catch (error) {
        toast.show(`Could not route the leads: ${errorMessage(error)}`, 'error');
      }
    };
    try {
      await save(rule?.id, input);
      if (waiting.length)
        toast.show(
          `Saved rule “${input.name}”: it routes new leads. The ${plural(waiting.length, 'unassigned lead')} the dry run gave an owner ${waiting.length === 1 ? 'is' : 'are'} still unassigned.`,
          'success',
          {
            label: `Route ${waiting.length === 1 ? 'it' : `those ${waiting.length}`} now`,
            run: () => void routeWaiting(),
          },
        );
      else toast.show(`Saved rule “${input.name}”: it routes new leads.`, 'success');
      onDone();
    } catch (error) {
      const found = serverFieldErrors(error);
      if (Object.keys(found).length) {
        setErrors(found);
        setFormError(errorMessage(error));
      } else toast.show(`Could not save the rule: ${errorMessage(error)}`, 'error');
    }
  };

  const toggleOwner = (userId: string, on: boolean) =>
    change({
      ownerIds: on ? [...draft.ownerIds, userId] : draft.ownerIds.filter((o) => o !== userId),
    });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={rule ? `Edit rule ${rule.name}` : 'New rule'}
      className="stack"
    >
      <div className="form-grid">
        <Field id={`${id}-name`} label="Rule name" error={errors.name}>
          <input
            id={`${id}-name`}
            value={draft.name}
            aria-invalid={Boolean(errors.name)}
            onChange={(e) => change({ name: e.target.value })}
          />
        </Field>
        <div className="field">
          <span className="field__label" id={`${id}-enabled-label`}>
            Status
          </span>
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
      <ConditionBuilder
        fields={fields.filter((f) => f.scope === 'LEAD')}
        match={draft.match}
        conditions={draft.conditions}
        errors={errors}
        onMatchChange={(match) => change({ match })}
        onChange={(conditions) => change({ conditions })}
      />
      <fieldset className="routing-conditions">
        <legend className="field__label">Then</legend>
        <div className="form-grid">
          <Field id={`${id}-assignment`} label="Assign">
            <select
              id={`${id}-assignment`}
              value={draft.assignment}
              onChange={(e) => change({ assignment: e.target.value as RuleDraft['assignment'] })}
            >
              <option value="USER">to one user</option>
              <option value="ROUND_ROBIN">round-robin over a team</option>
            </select>
          </Field>
          {draft.assignment === 'USER' && (
            <Field id={`${id}-owner`} label="User" error={errors.ownerIds ?? errors['ownerIds.0']}>
              <select
                id={`${id}-owner`}
                value={draft.ownerIds[0] ?? ''}
                aria-invalid={Boolean(errors.ownerIds)}
                onChange={(e) => change({ ownerIds: e.target.value ? [e.target.value] : [] })}
              >
                <option value="">Pick a user</option>
                <UserOptions users={users} />
              </select>
            </Field>
          )}
        </div>
        {draft.assignment === 'ROUND_ROBIN' && (
          <fieldset className="routing-choices" aria-invalid={Boolean(errors.ownerIds)}>
            <legend className="field__label">
              Team (in turn; capacity and availability below)
            </legend>
            {users.map((u) => (
              <label key={u.id} className="filters__check">
                <input
                  type="checkbox"
                  checked={draft.ownerIds.includes(u.id)}
                  onChange={(e) => toggleOwner(u.id, e.target.checked)}
                />{' '}
                {u.name}
              </label>
            ))}
            {errors.ownerIds && (
              <span className="field__error" role="alert">
                {errors.ownerIds}
              </span>
            )}
          </fieldset>
        )}
      </fieldset>
      {dryRun.loading && <p role="status">Running the dry run…</p>}
      {fresh && dryRun.data && (
        <RoutingDryRunResult result={dryRun.data.dryRunRouting} limit={DRY_RUN_LEADS} />
      )}
      {!fresh && (
        <p className="muted" id={`${id}-hint`}>
          Preview the dry run to see who would get which leads; saving is possible once you have.
        </p>
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
        <button
          type="submit"
          className="button button--primary"
          disabled={!fresh || loading}
          aria-describedby={fresh ? undefined : `${id}-hint`}
        >
          {rule ? 'Save rule' : 'Create rule'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
