import { CombinedGraphQLErrors } from '@apollo/client';

export type DuplicateLead = {
  id: string;
  name: string;
  email?: string | null;
  company?: string | null;
  matchedOn: 'EMAIL' | 'NAME_AND_COMPANY';
};

/** The open leads a refused createLead would duplicate (CONFLICT, reason DUPLICATE_LEAD), else null. */
export function duplicateLeadsOf(error: unknown): DuplicateLead[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.reason === 'DUPLICATE_LEAD');
  const duplicates = found?.extensions?.duplicates;
  return Array.isArray(duplicates) ? (duplicates as DuplicateLead[]) : null;
}
