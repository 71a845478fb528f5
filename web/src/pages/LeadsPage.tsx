import { AddLeadButton } from '../modules/leads/components/AddLeadButton';
import { ExportLeadsLink } from '../modules/leads/components/ExportLeadsLink';
import { LeadFilters } from '../modules/leads/components/LeadFilters';
import { LeadSort } from '../modules/leads/components/LeadSort';
import { LeadTable } from '../modules/leads/components/LeadTable';
import { PageHeader } from '../ui/PageHeader';

export function LeadsPage() {
  return (
    <>
      <PageHeader
        title="Leads"
        subtitle="Ranked by how likely they are to convert."
        actions={<AddLeadButton />}
      />
      <div className="toolbar">
        <LeadFilters />
        <LeadSort />
        <ExportLeadsLink />
      </div>
      <LeadTable />
    </>
  );
}
