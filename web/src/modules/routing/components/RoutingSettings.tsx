import { useState } from 'react';
import { useRoutingSettingsQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import { useReorderRoutingRules } from '../hooks/useReorderRoutingRules';
import { moveItem } from '../utils/moveItem';
import { FallbackOwnerForm } from './FallbackOwnerForm';
import { RoutingMembers } from './RoutingMembers';
import { RoutingRuns } from './RoutingRuns';
import { RuleForm } from './RuleForm';
import { RuleRow } from './RuleRow';
import '../routing.css';

/** Settings → Routing: the ordered rules (first match wins), the fallback owner, the team. */
export function RoutingSettings() {
  const { data, error, refetch } = useRoutingSettingsQuery();
  const reorder = useReorderRoutingRules();
  // 'new', a rule id, or null when no form is open.
  const [editing, setEditing] = useState<string | null>(null);
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading routing rules…" />;
  const rules = [...data.routingRules].sort((a, b) => a.position - b.position);
  const fields = data.conditionFields;
  const editedRule = rules.find((r) => r.id === editing);

  return (
    <div className="stack routing">
      <Panel
        title="Routing rules"
        actions={
          editing !== 'new' && (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setEditing('new')}
            >
              New rule
            </button>
          )
        }
      >
        <p className="muted" style={{ marginTop: 0 }}>
          New leads without an owner go through the rules in order; the first that matches assigns
          them, and the reason shows in the lead’s timeline.
        </p>
        {rules.length === 0 ? (
          <EmptyState title="No routing rules yet">
            Add one to assign new leads automatically.
          </EmptyState>
        ) : (
          <ol className="routing-rules" aria-label="Routing rules in order">
            {rules.map((rule, index) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                index={index}
                count={rules.length}
                fields={fields}
                onMove={(to) => void reorder(moveItem(rules, index, to))}
                onEdit={() => setEditing(rule.id)}
              />
            ))}
          </ol>
        )}
      </Panel>
      {(editing === 'new' || editedRule) && (
        <Panel title={editedRule ? `Edit rule “${editedRule.name}”` : 'New rule'}>
          <RuleForm
            key={editing}
            rule={editedRule}
            rules={rules}
            fields={fields}
            users={data.users}
            onDone={() => setEditing(null)}
          />
        </Panel>
      )}
      <Panel title="Fallback owner">
        <FallbackOwnerForm
          fallbackId={data.routingSettings.fallbackOwner?.id ?? null}
          users={data.users}
        />
      </Panel>
      <Panel title="Availability and capacity">
        <p className="muted" style={{ marginTop: 0 }}>
          Round-robin skips users who are away or have as many open leads as their capacity.
        </p>
        <RoutingMembers members={data.routingSettings.members} />
      </Panel>
      <Panel title="Routing run log">
        <RoutingRuns rules={rules} />
      </Panel>
    </div>
  );
}
