import { useState } from 'react';
import type { Automations_AutomationFragment } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { useDeleteAutomation } from '../hooks/useDeleteAutomation';
import { useSaveAutomation } from '../hooks/useSaveAutomation';
import { automationToDraft, draftToAutomationInput } from '../utils/automationDraft';
import { describeTrigger } from '../utils/describeTrigger';

/** A saved automation in the ordered list: its trigger and actions, move, enable/disable, edit, delete. */
export function AutomationRow({
  automation,
  index,
  count,
  onMove,
  onEdit,
}: {
  automation: Automations_AutomationFragment;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onEdit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { save, loading: saving } = useSaveAutomation();
  const { deleteAutomation, loading } = useDeleteAutomation();
  const toast = useToast();
  const name = automation.name;
  const toggle = async (enabled: boolean) => {
    try {
      await save(
        automation.id,
        draftToAutomationInput({ ...automationToDraft(automation), enabled }),
      );
      toast.show(`${enabled ? 'Enabled' : 'Disabled'} “${name}”.`, 'success');
    } catch (error) {
      toast.show(`Could not change “${name}”: ${errorMessage(error)}`, 'error');
    }
  };
  const remove = async () => {
    try {
      await deleteAutomation(automation.id);
      toast.show(`Deleted automation “${name}”.`, 'success');
    } catch (error) {
      toast.show(`Could not delete “${name}”: ${errorMessage(error)}`, 'error');
    }
  };
  return (
    <li className="routing-rule" data-automation={name}>
      <div className="routing-rule__order">
        <span className="badge">{index + 1}</span>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Move automation ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Move automation ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
      </div>
      <div className="routing-rule__body">
        <strong>{name}</strong>
        <div className="muted">{describeTrigger(automation)}</div>
        <div>
          {automation.actions.length} {automation.actions.length === 1 ? 'action' : 'actions'},{' '}
          {automation.conditions.length}{' '}
          {automation.conditions.length === 1 ? 'condition' : 'conditions'}
        </div>
      </div>
      <div className="routing-rule__actions">
        <label className="filters__check">
          <input
            type="checkbox"
            checked={automation.enabled}
            disabled={saving}
            onChange={(e) => void toggle(e.target.checked)}
          />{' '}
          Enabled<span className="visually-hidden">: {name}</span>
        </label>
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit<span className="visually-hidden"> automation {name}</span>
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-expanded={confirming}
          onClick={() => setConfirming((c) => !c)}
        >
          Delete<span className="visually-hidden"> automation {name}</span>
        </button>
      </div>
      {confirming && (
        <div className="delete-box" role="group" aria-label={`Delete automation ${name}`}>
          <span>Its run log stays.</span>
          <button
            type="button"
            className="button button--small button--danger"
            disabled={loading}
            onClick={() => void remove()}
          >
            Delete “{name}”
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
