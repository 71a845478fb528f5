import type { LeadStatus } from '../../../__generated__/graphql';

const TONE: Record<LeadStatus, string> = {
  NEW: 'badge--info',
  WORKING: 'badge--warning',
  QUALIFIED: 'badge--success',
  DISQUALIFIED: '',
  CONVERTED: 'badge--success',
};

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return (
    <span className={`badge ${TONE[status]}`}>
      {status.charAt(0) + status.slice(1).toLowerCase()}
    </span>
  );
}
