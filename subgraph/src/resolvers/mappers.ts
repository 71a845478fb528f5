import type { Lead } from '../db/generated/client';
import type { LeadExplanation } from '../services/leadScoring/explainLead';

/** A federated Customer as this subgraph sees it: only its key; everything else is loaded by id. */
export type CustomerParent = { id: string };

/** A lead's current score with its explanation (Customer.leadScore). */
export type LeadScoreParent = { lead: Lead };

/** Lead.scoreExplanation: computed from the lead's features and the model that scored it. */
export type LeadScoreExplanationParent = LeadExplanation;
