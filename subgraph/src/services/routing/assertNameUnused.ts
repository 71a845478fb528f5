import { userError } from '../common/errors';
import { nameKey } from '../pipelines/nameKey';

/**
 * Refuses `name` when another of the tenant's rules reads the same in a list (`nameKey`: case,
 * spacing, invisible characters and Unicode forms aside): a run's history names the rule that
 * acted, and two of one name could not be told apart there or in Settings. Read `taken` in the
 * transaction that writes the name, under the tenant's lock for these rules. Names shared before
 * this check are left as they are: a rule keeping its own name is not refused.
 */
export function assertNameUnused(
  taken: readonly { id: string; name: string }[],
  name: string,
  what: string,
  own?: { id: string; name: string },
): void {
  const key = nameKey(name);
  if (own && nameKey(own.name) === key) return;
  const clash = taken.find((t) => t.id !== own?.id && nameKey(t.name) === key);
  if (clash) throw userError(`name: ${what} named “${clash.name}” already exists`, 'name');
}
