import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { useReopenDeal } from '../hooks/useReopenDeal';

/** "Reopen" on a won or lost deal: back to the open stage it was closed from. */
export function DealReopenAction({ deal }: { deal: DealDetails_DealFragment }) {
  const { reopen, loading } = useReopenDeal();
  if (deal.stage.kind === 'OPEN') return null;
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={loading}
      onClick={() => void reopen(deal)}
    >
      {loading ? 'Reopening…' : 'Reopen'}
    </button>
  );
}
