import { CustomerList } from '../modules/customers/components/CustomerList';
import { PageHeader } from '../ui/PageHeader';

export function CustomersPage() {
  return (
    <>
      <PageHeader title="Customers" subtitle="From the CRM, with their sales figures." />
      <CustomerList />
    </>
  );
}
