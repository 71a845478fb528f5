import { plural } from '../../../lib/plural';

type Engagement = {
  emailsCount: number;
  callsCount: number;
  meetingsCount: number;
  visitsCount: number;
};

/** "1 email · 3 calls · 0 meetings · 12 visits": a lead's engagement counts on one line. */
export function engagementSummary(lead: Engagement): string {
  return [
    plural(lead.emailsCount, 'email'),
    plural(lead.callsCount, 'call'),
    plural(lead.meetingsCount, 'meeting'),
    plural(lead.visitsCount, 'visit'),
  ].join(' · ');
}
