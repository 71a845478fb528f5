import type { LeadResolvers } from '../__generated__/resolvers-types';
import type { Lead as LeadRow } from '../db/generated/client';
import { explainLead } from '../services/leadScoring/explainLead';
import { scoreBand } from '../services/leadScoring/scoreBand';

function metadataText(lead: LeadRow, key: string): string | null {
  const metadata = lead.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
    const value = (metadata as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return null;
}

export const Lead: LeadResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.lead.load(reference.id),
  company: (lead) => metadataText(lead, 'company'),
  title: (lead) => metadataText(lead, 'title'),
  scoreBand: (lead) => (lead.score == null ? null : scoreBand(lead.score)),
  scoreExplanation: (lead, _args, { loaders }) => explainLead(loaders, lead),
  scoreHistory: (lead, { first }, { loaders }) => loaders.snapshotsOfLead(first).load(lead.id),
  customer: (lead) => (lead.customerId ? { id: lead.customerId } : null),
  owner: (lead, _args, { loaders }) => (lead.ownerId ? loaders.user.load(lead.ownerId) : null),
  deal: (lead, _args, { loaders }) => loaders.dealByLead.load(lead.id),
  activities: (lead, { first }, { loaders }) => loaders.activitiesOf('leadId', first).load(lead.id),
};
