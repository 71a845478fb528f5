import { useParams } from 'react-router';
import { CustomerDetails } from '../modules/customers/components/CustomerDetails';

export function CustomerPage() {
  const { id = '' } = useParams();
  return <CustomerDetails key={id} id={id} />;
}
