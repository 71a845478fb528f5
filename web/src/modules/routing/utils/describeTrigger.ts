import type { Automations_AutomationFragment } from '../../../__generated__/lazy';

/** An automation's trigger in words: “When the score rises to 80 or above”. */
export function describeTrigger(
  a: Pick<Automations_AutomationFragment, 'trigger' | 'threshold' | 'direction' | 'stage'>,
): string {
  switch (a.trigger) {
    case 'SCORE_CROSSED':
      return a.direction === 'DOWN'
        ? `When a lead’s score falls below ${a.threshold}`
        : `When a lead’s score rises to ${a.threshold} or above`;
    case 'LEAD_CREATED':
      return 'When a lead is created';
    case 'DEAL_STAGE_CHANGED':
      return a.stage ? `When a deal enters ${a.stage.name}` : 'When a deal changes stage';
    case 'DEAL_ROTTING':
      return 'When a deal is rotting in its stage';
  }
}
