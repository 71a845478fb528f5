import type { LeadResolvers } from '../__generated__/resolvers-types';
import { explainLead } from '../services/leadScoring/explainLead';
import { scoreBand } from '../services/leadScoring/scoreBand';
import { leadMetadata, leadMetadataText } from '../services/leads/leadMetadata';

export const Lead: LeadResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.lead.load(reference.id),
  company: (lead) => leadMetadataText(lead.metadata, 'company'),
  title: (lead) => leadMetadataText(lead.metadata, 'title'),
  metadata: (lead) => leadMetadata(lead.metadata),
  scoreBand: (lead) => (lead.score == null ? null : scoreBand(lead.score)),
  scoreExplanation: (lead, _args, { loaders }) => explainLead(loaders, lead),
  scoreHistory: (lead, { first }, { loaders }) => loaders.snapshotsOfLead(first).load(lead.id),
  customer: (lead) => (lead.customerId ? { id: lead.customerId } : null),
  owner: (lead, _args, { loaders }) => (lead.ownerId ? loaders.user.load(lead.ownerId) : null),
  deal: (lead, _args, { loaders }) => loaders.dealByLead.load(lead.id),
  activities: (lead, { first }, { loaders }) => loaders.activitiesOf('leadId', first).load(lead.id),
  nextActivity: (lead, _args, { loaders }) => loaders.nextActivityOf('leadId').load(lead.id),
  plannedActivities: (lead, { includeDone, first }, { loaders }) =>
    loaders.plannedActivitiesOf('leadId', first ?? 50, includeDone ?? false).load(lead.id),
};
