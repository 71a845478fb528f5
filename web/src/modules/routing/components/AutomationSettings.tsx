import { useState } from 'react';
import { useAutomationSettingsQuery } from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import { AutomationForm } from './AutomationForm';
import { AutomationRow } from './AutomationRow';
import { AutomationRuns } from './AutomationRuns';
import '../routing.css';

/** Settings → Automations: the list, a form to create or edit one, and the recent runs. */
export function AutomationSettings() {
  const { data, error, refetch } = useAutomationSettingsQuery();
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
          <ul className="routing-rules" aria-label="Automations">
            {automations.map((a) => (
              <AutomationRow key={a.id} automation={a} onEdit={() => setEditing(a.id)} />
            ))}
          </ul>
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
