import { useState } from 'react';
import type {
  ConditionBuilder_FieldFragment,
  RoutingRules_RuleFragment,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { useDeleteRoutingRule } from '../hooks/useDeleteRoutingRule';
import { describeCondition } from '../utils/describeCondition';

/** A saved rule in the ordered list: what it tests, whom it assigns, move, edit, delete. */
export function RuleRow({
  rule,
  index,
  count,
  fields,
  onMove,
  onEdit,
}: {
  rule: RoutingRules_RuleFragment;
  index: number;
  count: number;
  fields: readonly ConditionBuilder_FieldFragment[];
  onMove: (to: number) => void;
  onEdit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { deleteRule, loading } = useDeleteRoutingRule();
  const toast = useToast();
  const joiner = rule.match === 'ALL' ? ' and ' : ' or ';
  const when = rule.conditions.length
    ? rule.conditions.map((c) => describeCondition(c, fields)).join(joiner)
    : 'every lead';
  const owners = rule.owners.map((o) => o.name).join(', ');
  const remove = async () => {
    try {
      await deleteRule(rule.id);
      toast.show(`Deleted rule “${rule.name}”.`, 'success');
    } catch (error) {
      toast.show(`Could not delete “${rule.name}”: ${errorMessage(error)}`, 'error');
    }
  };
  return (
    <li className="routing-rule" data-rule={rule.name}>
      <div className="routing-rule__order">
        <span className="badge">{index + 1}</span>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Move rule ${rule.name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Move rule ${rule.name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
      </div>
      <div className="routing-rule__body">
        <strong>{rule.name}</strong> {!rule.enabled && <span className="badge">disabled</span>}
        <div className="muted">When {when}</div>
        <div>
          {rule.assignment === 'USER'
            ? `Assign to ${owners}`
            : `Round-robin over ${owners}${rule.nextOwner ? ` (next: ${rule.nextOwner.name})` : ''}`}
        </div>
      </div>
      <div className="routing-rule__actions">
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit<span className="visually-hidden"> rule {rule.name}</span>
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-expanded={confirming}
          onClick={() => setConfirming((c) => !c)}
        >
          Delete<span className="visually-hidden"> rule {rule.name}</span>
        </button>
      </div>
      {confirming && (
        <div className="delete-box" role="group" aria-label={`Delete rule ${rule.name}`}>
          <span>Leads already routed keep their owner.</span>
          <button
            type="button"
            className="button button--small button--danger"
            disabled={loading}
            onClick={() => void remove()}
          >
            Delete “{rule.name}”
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
