import type { Lead } from '../../db/generated/client';
import { internalError } from '../common/errors';

/**
 * A figure of a lead's current score. A LeadScore is only built for a scored lead (the loader asks
 * for `score IS NOT NULL`), so a missing figure is a broken invariant, never the caller's fault.
 */
export function scoredValue<T>(lead: Pick<Lead, 'id'>, value: T | null, field: string): T {
  if (value === null)
    throw internalError(
      `LeadScore.${field}: lead ${lead.id} has no score, yet was served as scored`,
    );
  return value;
}
