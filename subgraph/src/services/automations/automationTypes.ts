import type { LeadStatus } from '../../db/generated/client';

export type AutomationActionType =
  'SET_LEAD_STATUS' | 'CONVERT_LEAD' | 'ASSIGN' | 'ADD_TASK' | 'EMIT_EVENT';

/** A stored action (Automation.actions holds a list of these). */
export type AutomationAction = {
  type: AutomationActionType;
  status?: LeadStatus | null;
  stageId?: string | null;
  value?: string | null;
  ownerId?: string | null;
  text?: string | null;
  eventName?: string | null;
};

/** The outbox events the runner acts on; others (automation-emitted) are only published. */
export const LEAD_CREATED = 'lead/created';
export const SCORE_CHANGED = 'lead/score.changed';
export const DEAL_STAGE_CHANGED = 'deal/stage.changed';
export const DEAL_ROTTING = 'deal/rotting';

/** Event names an automation may not emit: the ones this subgraph and its jobs act on. */
export const RESERVED_EVENT_PREFIXES = ['lead/', 'deal/', 'customer/', 'scoring/', 'inngest/'];

/** How many automations may follow one another through the events their actions cause. */
export const MAX_CHAIN = 5;

/** Did a score move across `threshold` in `direction`? A first score (from null) comes from below. */
export function crossed(
  threshold: number,
  direction: 'UP' | 'DOWN',
  from: number | null,
  to: number | null,
): boolean {
  if (to === null) return false;
  const before = from ?? -1;
  return direction === 'UP'
    ? before < threshold && to >= threshold
    : before >= threshold && to < threshold;
}
