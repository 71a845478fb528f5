import { useState } from 'react';
import { useAutomationSettingsQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import { useReorderAutomations } from '../hooks/useReorderAutomations';
import { moveItem } from '../utils/moveItem';
import { AutomationForm } from './AutomationForm';
import { AutomationRow } from './AutomationRow';
import { AutomationRuns } from './AutomationRuns';
import '../routing.css';

/** Settings → Automations: the list, a form to create or edit one, and the recent runs. */
export function AutomationSettings() {
  const { data, error, refetch } = useAutomationSettingsQuery();
  const reorder = useReorderAutomations();
  const [editing, setEditing] = useState<string | null>(null);
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading automations…" />;
  const automations = [...data.automations].sort((a, b) => a.position - b.position);
  const edited = automations.find((a) => a.id === editing);
  return (
    <div className="stack routing">
      <Panel
        title="Automations"
        actions={
          editing !== 'new' && (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setEditing('new')}
            >
              New automation
            </button>
          )
        }
      >
        {automations.length === 0 ? (
          <EmptyState title="No automations yet">
            Act on score thresholds, new leads and deal stages without code.
          </EmptyState>
        ) : (
          <ol className="routing-rules" aria-label="Automations in order">
            {automations.map((a, index) => (
              <AutomationRow
                key={a.id}
                automation={a}
                index={index}
                count={automations.length}
                onMove={(to) => void reorder(moveItem(automations, index, to))}
                onEdit={() => setEditing(a.id)}
              />
            ))}
          </ol>
        )}
      </Panel>
      {(editing === 'new' || edited) && (
        <Panel title={edited ? `Edit automation “${edited.name}”` : 'New automation'}>
          <AutomationForm
            key={editing}
            automation={edited}
            data={data}
            onDone={() => setEditing(null)}
          />
        </Panel>
      )}
      <Panel title="Recent runs">
        <AutomationRuns />
      </Panel>
    </div>
  );
}
