import type { UpdateLeadInput } from '../../../__generated__/lazy';
import type { DuplicateLead } from './duplicateLeadsOf';

/**
 * What merging a lead being added into the open lead it duplicates changes on that lead: as
 * mergeLeads does, the existing lead keeps its values and takes the new ones only where it has
 * none (email, company). Empty when there is nothing to add.
 */
export function newLeadGaps(
  target: DuplicateLead,
  typed: { email: string; company: string },
): UpdateLeadInput {
  const gaps: UpdateLeadInput = {};
  const email = typed.email.trim();
  const company = typed.company.trim();
  if (email && !target.email?.trim()) gaps.email = email;
  if (company && !target.company?.trim()) gaps.company = company;
  return gaps;
}
