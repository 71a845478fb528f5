import type { Context } from '../../types/context';
import { listLeads } from '../leads/listLeads';
import { csvLine } from './csvLine';
import type { LeadExport } from './exportParams';
import { customerNames, userNames } from './exportNames';

/** Rows fetched per statement: one keyset page of the lead table's own query. */
export const EXPORT_PAGE_SIZE = 500;

const HEADER = [
  'id',
  'name',
  'email',
  'company',
  'status',
  'score',
  'source',
  'owner',
  'customer',
  'created_at',
  'last_engaged_at',
];

function companyOf(metadata: unknown): string | null {
  const company = (metadata as Record<string, unknown> | null)?.company;
  return typeof company === 'string' ? company : null;
}

/**
 * The lead table as CSV lines, header first, in the table's filter and order: page after page of
 * `listLeads` (ADR 022's keyset pages), so only one page is ever held. Validation errors of the
 * filter are thrown before the first line is yielded.
 */
export async function* leadCsv(context: Context, { filter, orderBy }: LeadExport) {
  let after: string | null = null;
  let page = await listLeads(context, { filter, orderBy, first: EXPORT_PAGE_SIZE });
  const users = await userNames(context);
  yield csvLine(HEADER);
  for (;;) {
    const leads = page.edges.map((edge) => edge.node);
    const customers = await customerNames(
      context,
      leads.map((lead) => lead.customerId),
    );
    for (const lead of leads) {
      yield csvLine([
        lead.id,
        lead.name,
        lead.email,
        companyOf(lead.metadata),
        lead.status,
        lead.score,
        lead.source,
        lead.ownerId ? (users.get(lead.ownerId) ?? lead.ownerId) : null,
        lead.customerId ? (customers.get(lead.customerId) ?? lead.customerId) : null,
        lead.createdAt.toISOString(),
        lead.lastEngagedAt?.toISOString(),
      ]);
    }
    after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage || !after) return;
    page = await listLeads(context, { filter, orderBy, first: EXPORT_PAGE_SIZE, after });
  }
}
