export type ScoreBand = 'hot' | 'warm' | 'cool' | 'cold';

/** Bands the 0-100 score for the lead table's colour; cut points are fixed so reps learn them. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return 'hot';
  if (score >= 40) return 'warm';
  if (score >= 20) return 'cool';
  return 'cold';
}
