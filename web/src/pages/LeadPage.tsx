import { useParams } from 'react-router';
import { LeadDetails } from '../modules/leads/components/LeadDetails';

export function LeadPage() {
  const { id = '' } = useParams();
  return <LeadDetails key={id} id={id} />;
}
