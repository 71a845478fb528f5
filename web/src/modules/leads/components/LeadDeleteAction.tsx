import { ConfirmDelete } from '../../../ui/ConfirmDelete';
import { useDeleteLead } from '../hooks/useDeleteLead';

/** "Delete" on the lead page: asks first, then deletes and returns to the lead table with Undo. */
export function LeadDeleteAction({ lead }: { lead: { id: string; name: string } }) {
  const { deleteLead, loading } = useDeleteLead();
  return (
    <ConfirmDelete
      title={`Delete the lead “${lead.name}”?`}
      confirmLabel="Delete lead"
      loading={loading}
      onDelete={() => deleteLead(lead)}
    >
      It leaves the lead table and scoring; a deal made from it stays. You can undo this right
      after; the lead is kept for 30 days before it is gone for good.
    </ConfirmDelete>
  );
}
