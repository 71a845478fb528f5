import type {
  Automation,
  AutomationRun,
  Deal,
  Lead,
  PlannedActivity,
} from '../db/generated/client';

/** A federated Customer as this subgraph sees it: only its key; everything else is loaded by id. */
export type CustomerParent = { id: string };

/** A page of a cursor connection; its total is counted only when the query selects it. */
type ConnectionParent<Node> = {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
};
export type LeadConnectionParent = ConnectionParent<Lead>;
export type DealConnectionParent = ConnectionParent<Deal>;
/** A page of planned activities (myDay); no total. */
export type PlannedActivityConnectionParent = Omit<ConnectionParent<PlannedActivity>, 'totalCount'>;

/** A lead's current score with its explanation (Customer.leadScore). */
export type LeadScoreParent = { lead: Lead };

/**
 * A deal's win probability (Deal.winProbability). Its explanation is computed only when asked for
 * (the deal page), from the deal's stored bins and the model that scored it; a board of 240 cards
 * asks for the probability alone and loads no model (ADR 044).
 */
export type DealWinProbabilityParent = {
  probability: number;
  source: 'MODEL' | 'STAGE_RATE';
  modelVersion: number | null;
  scoredAt: Date | null;
  basis: string;
  /** The scored deal (MODEL), whose stored bins the explanation reads; null for the stage rate. */
  scoredDeal: Deal | null;
};

/** One factor of an explanation as the API shows it (ScoreFactor in the SDL). */
export type ExplainedFactor = {
  feature: string;
  label: string;
  value: string | null;
  contribution: number;
  text: string;
};

/** The one change that would raise a lead's score most (ScoreImprovement in the SDL). */
export type ExplainedImprovement = {
  feature: string;
  label: string;
  from: string | null;
  to: string;
  newProbability: number;
  newScore: number;
};

/**
 * Lead.scoreExplanation: computed from the lead's features and the model that scored it.
 * Defined here rather than from the generated types so the generated types import nothing else.
 */
export type LeadScoreExplanationParent = {
  baseline: number;
  logit: number;
  probability: number;
  factors: ExplainedFactor[];
  topPositive: ExplainedFactor[];
  topNegative: ExplainedFactor[];
  bestImprovement: ExplainedImprovement | null;
  /** The version of the model that scored the lead (its row is read only if `model` is asked). */
  modelVersion: number;
};

/** An automation run with its automation (the run log shows both; one query, not one per run). */
export type AutomationRunParent = AutomationRun & { automation: Automation };

/** An automation's action as stored (Automation.actions JSON): ids, resolved to stage and owner. */
export type AutomationActionParent = {
  type: 'SET_LEAD_STATUS' | 'CONVERT_LEAD' | 'ASSIGN' | 'ADD_TASK' | 'EMIT_EVENT';
  status?: 'NEW' | 'WORKING' | 'QUALIFIED' | 'DISQUALIFIED' | 'CONVERTED' | null;
  stageId?: string | null;
  value?: string | null;
  ownerId?: string | null;
  text?: string | null;
  eventName?: string | null;
};

/** One search match (Query.search); deal, lead and customer are loaded by id. */
export type SearchResultParent = {
  kind: 'DEAL' | 'LEAD' | 'CUSTOMER';
  id: string;
  title: string;
  subtitle: string | null;
  rank: number;
};
