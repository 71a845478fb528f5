import { CombinedGraphQLErrors } from '@apollo/client';
import { plainWords } from '../../../lib/plainWords';

/**
 * BAD_USER_INPUT errors keyed by the whole path they name (`conditions.0.min`, `actions.1.stageId`),
 * in plain words. The shared `fieldErrors` keeps only the last segment, which can't tell the
 * first condition's `min` from the second's.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string')
      result[field] ??= plainWords(e.message);
  }
  return result;
}
