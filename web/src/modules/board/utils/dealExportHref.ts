import type { DealFilter } from '../../../__generated__/graphql';

/** The CSV download of a pipeline's deals with the board's filters (GET /export/deals.csv, ADR 037). */
export function dealExportHref(pipelineId: string, filter: DealFilter): string {
  const params = new URLSearchParams({ pipelineId });
  if (filter.ownerId) params.set('ownerId', String(filter.ownerId));
  if (filter.customerId) params.set('customerId', String(filter.customerId));
  if (filter.minValue) params.set('minValue', filter.minValue);
  if (filter.maxValue) params.set('maxValue', filter.maxValue);
  if (filter.rottingOnly) params.set('rottingOnly', 'true');
  if (filter.search) params.set('search', filter.search);
  if (filter.closedWithinDays) params.set('closedWithinDays', String(filter.closedWithinDays));
  return `/export/deals.csv?${params.toString()}`;
}
