import { TrashList } from '../modules/trash/components/TrashList';
import { PageHeader } from '../ui/PageHeader';

export function TrashPage() {
  return (
    <>
      <PageHeader
        title="Trash"
        subtitle="Deleted deals and leads, kept 30 days from their deletion. Restore puts one back as it was."
      />
      <TrashList />
    </>
  );
}
