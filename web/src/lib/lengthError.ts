/**
 * The message for text longer than a field's limit, or undefined when it fits. Limits come from
 * `fieldLimits` (generated from the schema's @limit directives), the same numbers the server checks.
 */
export function lengthError(text: string, max: number): string | undefined {
  return text.length > max
    ? `Keep it to ${max.toLocaleString('en-US')} characters or fewer (${text.length.toLocaleString('en-US')} now).`
    : undefined;
}
