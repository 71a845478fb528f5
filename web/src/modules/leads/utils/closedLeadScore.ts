import type { LeadStatus } from '../../../__generated__/graphql';

const CLOSED: Partial<Record<LeadStatus, string>> = {
  CONVERTED: 'Converted',
  DISQUALIFIED: 'Disqualified',
};

/**
 * Why a closed lead shows no score, or null for an open one. Only open leads are rescored: a lead
 * converted or disqualified keeps the score it had (the API still returns it), which is no longer
 * a chance to convert, so it is shown as the seeded closed leads are, "–", with this note.
 */
export function closedLeadScore(status: LeadStatus, score: number | null | undefined) {
  const closed = CLOSED[status];
  if (!closed) return null;
  return score == null
    ? `${closed}: leads are scored only while open`
    : `${closed}: leads are scored only while open; its last score was ${score}`;
}
