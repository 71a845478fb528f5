/** The parts of a routing run the run log shows. */
export interface RoutingRunSummary {
  outcome: 'ASSIGNED' | 'UNCHANGED' | 'NO_MATCH' | 'SKIPPED' | 'FAILED';
  rule?: { name: string } | null;
  assignedTo?: { name: string } | null;
  error?: string | null;
}

const OUTCOME_LABEL: Record<RoutingRunSummary['outcome'], string> = {
  ASSIGNED: 'assigned',
  UNCHANGED: 'unchanged',
  NO_MATCH: 'no match',
  SKIPPED: 'skipped',
  FAILED: 'failed',
};

const OUTCOME_BADGE: Record<RoutingRunSummary['outcome'], string> = {
  ASSIGNED: 'badge--success',
  UNCHANGED: '',
  NO_MATCH: '',
  SKIPPED: 'badge--warning',
  FAILED: 'badge--danger',
};

/** The outcome as a short label and its badge modifier class. */
export function routingOutcome(outcome: RoutingRunSummary['outcome']) {
  return { label: OUTCOME_LABEL[outcome], badge: OUTCOME_BADGE[outcome] };
}

/** Which rule decided: its name, else the fallback owner when someone was assigned, else none. */
export function routingRunSource(run: RoutingRunSummary): string {
  if (run.rule) return `Rule “${run.rule.name}”`;
  if (run.outcome === 'FAILED') return 'No rule applied';
  if (run.assignedTo) return 'Fallback owner';
  if (run.outcome === 'NO_MATCH') return 'No rule matched';
  return 'No rule';
}

/** Who the lead went to, or why nobody did. */
export function routingRunOwner(run: RoutingRunSummary): string {
  if (run.assignedTo) return run.assignedTo.name;
  if (run.outcome === 'FAILED') return 'Nobody (failed)';
  if (run.outcome === 'UNCHANGED') return 'Owner unchanged';
  return 'Left unassigned';
}
