/**
 * Removes the `use…SuspenseQuery` hooks typescript-react-apollo 5 emits for every query: their
 * overloads do not type-check under Apollo Client 4, the plugin has no option to leave them out,
 * and the SPA does not suspend. Everything else in the generated file stays type-checked.
 */
export function dropSuspenseHooks(content: string): string {
  return content
    .replace(
      /^\/\/ @ts-ignore\n(?:export function use\w+SuspenseQuery\(.*\n)+[\s\S]*?^ {8}\}\n/gm,
      '',
    )
    .replace(/^export type \w+SuspenseQueryHookResult = .*\n/gm, '');
}
