import { userError } from '../common/errors';

/** A reorder lists every id exactly once; else BAD_USER_INPUT on `ids`. */
export function assertSameIds(existing: readonly string[], ids: readonly string[], what: string) {
  const known = new Set(existing);
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) throw userError(`ids: unknown ${what} ${unknown}`, 'ids');
  if (new Set(ids).size !== ids.length) throw userError(`ids: a ${what} is listed twice`, 'ids');
  if (ids.length !== existing.length)
    throw userError(`ids: must list all ${existing.length} ${what}s (got ${ids.length})`, 'ids');
}
