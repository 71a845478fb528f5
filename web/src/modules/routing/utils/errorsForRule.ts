/**
 * A dry run's errors name the rule in the set (`rules.2.conditions.0.min`); the form shows only
 * the ones about the rule it edits, keyed as a save's errors are (`conditions.0.min`).
 */
export function errorsForRule(
  errors: Record<string, string>,
  index: number,
): Record<string, string> {
  const prefix = `rules.${index}.`;
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors))
    if (key.startsWith(prefix)) result[key.slice(prefix.length)] = message;
  return result;
}
