import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { ConfirmDelete } from '../../../ui/ConfirmDelete';
import { useDeleteDeal } from '../hooks/useDeleteDeal';

/** "Delete" on the deal page: asks first, then deletes and returns to the board with Undo. */
export function DealDeleteAction({ deal }: { deal: DealDetails_DealFragment }) {
  const { deleteDeal, loading } = useDeleteDeal();
  return (
    <ConfirmDelete
      title={`Delete “${deal.title}”?`}
      confirmLabel="Delete deal"
      loading={loading}
      onDelete={() => deleteDeal(deal)}
    >
      It leaves the board, the totals and the forecast. You can undo this right after; the deal is
      kept for 30 days before it is gone for good.
    </ConfirmDelete>
  );
}
