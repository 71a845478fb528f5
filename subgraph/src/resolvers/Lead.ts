import type { GraphQLResolveInfo } from 'graphql';
import type { LeadResolvers } from '../__generated__/resolvers-types';
import type { Lead as LeadRow } from '../db/generated/client';
import type { Loaders } from '../loaders/createLoaders';
import { explainLead } from '../services/leadScoring/explainLead';
import { scoreBand } from '../services/leadScoring/scoreBand';
import { leadMetadata, leadMetadataText } from '../services/leads/leadMetadata';
import { loadNow, type Peekable } from '../loaders/peekable';
import { loaderForSelection } from './selectedFields';

/**
 * The Lead fields answered from a card's columns (`LEAD_CARD_COLUMNS`) or from the lead's id
 * alone, by the resolvers below.
 */
const CARD_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'name',
  'status',
  'score',
  'probability',
  'scoreBand',
  'customer',
  'owner',
  'deal',
  'scoreHistory',
  'activities',
  'nextActivity',
  'plannedActivities',
]);

/**
 * The loader of the lead a field returns: with only its card's columns when the request asks for
 * nothing else of it (a board's cards ask for id, score and band), else the whole row.
 */
export function leadLoaderFor(
  loaders: Loaders,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Peekable<string, LeadRow | null> {
  // The card is typed as the whole row: only the fields of CARD_FIELDS are resolved from it.
  return loaderForSelection(info, CARD_FIELDS, loaders.leadCard, loaders.lead) as Peekable<
    string,
    LeadRow | null
  >;
}

/** The lead a field returns: at once when this request has read it (ADR 077), else a promise. */
export function leadFor(
  loaders: Loaders,
  id: string,
  info: GraphQLResolveInfo,
): LeadRow | null | Promise<LeadRow | null> {
  return loadNow(leadLoaderFor(loaders, info), id);
}

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
