import type { PlannedActivityType } from '../../../__generated__/graphql';

export const PLANNED_ACTIVITY_TYPES: { value: PlannedActivityType; label: string }[] = [
  { value: 'CALL', label: 'Call' },
  { value: 'MEETING', label: 'Meeting' },
  { value: 'TASK', label: 'Task' },
  { value: 'EMAIL', label: 'Email' },
];

export function activityTypeLabel(type: PlannedActivityType): string {
  return PLANNED_ACTIVITY_TYPES.find((t) => t.value === type)?.label ?? type;
}
