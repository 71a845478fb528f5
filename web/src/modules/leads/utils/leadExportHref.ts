import type { LeadFilter, LeadOrder } from '../../../__generated__/lazy';

/**
 * The CSV download of the lead table as shown: the same filter and sort the table sends to
 * `leads`, as the parameters of GET /export/leads.csv (ADR 037).
 */
export function leadExportHref(filter: LeadFilter, orderBy: LeadOrder): string {
  const params = new URLSearchParams();
  for (const status of filter.status ?? []) params.append('status', status);
  for (const source of filter.source ?? []) params.append('source', source);
  if (filter.ownerId) params.set('ownerId', String(filter.ownerId));
  if (filter.unassigned) params.set('unassigned', 'true');
  if (filter.customerId) params.set('customerId', String(filter.customerId));
  if (filter.minScore != null) params.set('minScore', String(filter.minScore));
  if (filter.maxScore != null) params.set('maxScore', String(filter.maxScore));
  if (filter.search) params.set('search', filter.search);
  params.set('sort', orderBy.field);
  params.set('dir', orderBy.direction);
  return `/export/leads.csv?${params.toString()}`;
}
