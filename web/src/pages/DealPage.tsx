import { useParams } from 'react-router';
import { DealDetails } from '../modules/deals/components/DealDetails';

export function DealPage() {
  const { id = '' } = useParams();
  return <DealDetails key={id} id={id} />;
}
