import { useParams } from 'react-router';
import { ConvertLeadAction } from '../modules/deals/components/ConvertLeadAction';
import { LeadDetails } from '../modules/leads/components/LeadDetails';

export function LeadPage() {
  const { id = '' } = useParams();
  return (
    <LeadDetails key={id} id={id} convertAction={(lead) => <ConvertLeadAction lead={lead} />} />
  );
}
