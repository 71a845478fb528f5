import { useId } from 'react';
import { errorMessage } from '../../../lib/graphqlErrors';
import { UserOptions } from '../../../ui/UserOptions';
import { useToast } from '../../../ui/useToast';
import { useSetRoutingFallback } from '../hooks/useSetRoutingFallback';

/** The owner of leads no rule matches; saved as soon as it is picked. */
export function FallbackOwnerForm({
  fallbackId,
  users,
}: {
  fallbackId: string | null;
  users: readonly { id: string; name: string }[];
}) {
  const id = useId();
  const { setFallback, loading } = useSetRoutingFallback();
  const toast = useToast();
  const change = async (ownerId: string) => {
    try {
      await setFallback(ownerId || null);
      const name = users.find((u) => u.id === ownerId)?.name;
      toast.show(
        name ? `Unmatched leads now go to ${name}.` : 'Unmatched leads stay unassigned.',
        'success',
      );
    } catch (error) {
      toast.show(`Could not set the fallback owner: ${errorMessage(error)}`, 'error');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        When no rule matches, assign to
      </label>
      <select
        id={id}
        value={fallbackId ?? ''}
        disabled={loading}
        onChange={(e) => void change(e.target.value)}
      >
        <option value="">Nobody (leave unassigned)</option>
        <UserOptions users={users} />
      </select>
      <span className="field__hint">The fallback owner is not capacity-capped.</span>
    </div>
  );
}
