import { LeadFilters } from '../modules/leads/components/LeadFilters';
import { LeadTable } from '../modules/leads/components/LeadTable';
import { PageHeader } from '../ui/PageHeader';

export function LeadsPage() {
  return (
    <>
      <PageHeader title="Leads" subtitle="Ranked by how likely they are to convert." />
      <div className="toolbar">
        <LeadFilters />
      </div>
      <LeadTable />
    </>
  );
}
