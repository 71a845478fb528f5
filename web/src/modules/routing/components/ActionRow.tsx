import type {
  AutomationActionType,
  AutomationSettingsQuery,
  LeadStatus,
} from '../../../__generated__/lazy';
import { Field } from '../../../ui/Field';
import { UserOptions } from '../../../ui/UserOptions';
import { newActionDraft, type ActionDraft } from '../utils/automationDraft';

const TYPES: [AutomationActionType, string][] = [
  ['SET_LEAD_STATUS', 'Change the lead’s status'],
  ['CONVERT_LEAD', 'Convert the lead into a deal'],
  ['ASSIGN', 'Assign to a user'],
  ['ADD_TASK', 'Add a task'],
  ['EMIT_EVENT', 'Emit an event for other systems'],
];
const STATUSES: LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED'];

/** One action of an automation with the settings its type needs; errors keyed `actions.<i>.<part>`. */
export function ActionRow({
  id,
  index,
  draft,
  data,
  errors,
  onChange,
  onRemove,
}: {
  id: string;
  index: number;
  draft: ActionDraft;
  data: Pick<AutomationSettingsQuery, 'users' | 'pipelines'>;
  errors: Record<string, string>;
  onChange: (draft: ActionDraft) => void;
  onRemove: (() => void) | undefined;
}) {
  const n = index + 1;
  const error = (part: string) => errors[`actions.${index}.${part}`];
  const set = (patch: Partial<ActionDraft>) => onChange({ ...draft, ...patch });
  return (
    <li className="routing-condition" data-action={index}>
      <Field id={`${id}-type`} label={`Action ${n}`} error={error('type')}>
        <select
          id={`${id}-type`}
          value={draft.type}
          aria-invalid={Boolean(error('type'))}
          onChange={(e) => onChange({ ...newActionDraft(e.target.value as AutomationActionType) })}
        >
          {TYPES.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {draft.type === 'SET_LEAD_STATUS' && (
        <Field id={`${id}-status`} label={`Action ${n}: new status`} error={error('status')}>
          <select
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as LeadStatus })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </Field>
      )}
      {draft.type === 'CONVERT_LEAD' && (
        <>
          <Field
            id={`${id}-stage`}
            label={`Action ${n}: pipeline and stage`}
            error={error('stageId')}
          >
            <select
              id={`${id}-stage`}
              value={draft.stageId}
              aria-invalid={Boolean(error('stageId'))}
              onChange={(e) => set({ stageId: e.target.value })}
            >
              <option value="">Pick a stage</option>
              {data.pipelines.map((p) => (
                <optgroup key={p.id} label={p.name}>
                  {[...p.stages]
                    .filter((s) => s.kind === 'OPEN')
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
          <Field id={`${id}-value`} label={`Action ${n}: deal value`} error={error('value')}>
            <input
              id={`${id}-value`}
              inputMode="decimal"
              value={draft.value}
              aria-invalid={Boolean(error('value'))}
              onChange={(e) => set({ value: e.target.value })}
            />
          </Field>
        </>
      )}
      {draft.type === 'ASSIGN' && (
        <Field id={`${id}-owner`} label={`Action ${n}: user`} error={error('ownerId')}>
          <select
            id={`${id}-owner`}
            value={draft.ownerId}
            aria-invalid={Boolean(error('ownerId'))}
            onChange={(e) => set({ ownerId: e.target.value })}
          >
            <option value="">Pick a user</option>
            <UserOptions users={data.users} />
          </select>
        </Field>
      )}
      {draft.type === 'ADD_TASK' && (
        <Field id={`${id}-text`} label={`Action ${n}: task`} error={error('text')}>
          <input
            id={`${id}-text`}
            value={draft.text}
            aria-invalid={Boolean(error('text'))}
            onChange={(e) => set({ text: e.target.value })}
          />
        </Field>
      )}
      {draft.type === 'EMIT_EVENT' && (
        <Field
          id={`${id}-event`}
          label={`Action ${n}: event name`}
          error={error('eventName')}
          hint="Like crm/lead.hot"
        >
          <input
            id={`${id}-event`}
            value={draft.eventName}
            aria-invalid={Boolean(error('eventName'))}
            onChange={(e) => set({ eventName: e.target.value })}
          />
        </Field>
      )}
      {onRemove && (
        <div className="routing-condition__remove">
          <button type="button" className="button button--small button--ghost" onClick={onRemove}>
            Remove action {n}
          </button>
        </div>
      )}
    </li>
  );
}
