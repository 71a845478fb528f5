import { GraphQLError } from 'graphql';
import type { Prisma } from '../../db/generated/client';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';

type Tx = Prisma.TransactionClient;

export type DuplicateLead = {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  /** EMAIL: the same email, any case; NAME_AND_COMPANY: the same name and company, any case. */
  matchedOn: 'EMAIL' | 'NAME_AND_COMPANY';
};

/**
 * Open leads of the tenant a new lead would duplicate: the same email, or the same name and
 * company (any case, surrounding spaces ignored), at most 5, oldest first. Read from the
 * ("tenantId", lower(email)) and ("tenantId", lower(name)) indexes. Holds a transaction-level
 * lock on the email and the name, so two creates of the same lead at once are told apart.
 */
export async function findDuplicateLeads(
  tx: Tx,
  tenantId: string,
  lead: { name: string; email?: string | null; company?: string | null },
): Promise<DuplicateLead[]> {
  const email = lead.email?.trim().toLowerCase() || null;
  const name = lead.name.trim().toLowerCase();
  const company = lead.company?.trim().toLowerCase() || null;
  await tx.$queryRaw`
    SELECT true AS locked FROM pg_advisory_xact_lock(hashtext(${`lead:${tenantId}:${email ?? name}`}))`;
  return tx.$queryRaw<DuplicateLead[]>`
    SELECT id, name, email, metadata->>'company' AS company,
           CASE WHEN lower(email) = ${email} THEN 'EMAIL' ELSE 'NAME_AND_COMPANY' END AS "matchedOn"
    FROM "Lead"
    WHERE "tenantId" = ${tenantId} AND status::text = ANY(${[...OPEN_LEAD_STATUSES]}::text[])
      AND ((${email}::text IS NOT NULL AND lower(email) = ${email})
        OR (${company}::text IS NOT NULL AND lower(name) = ${name}
            AND lower(trim(metadata->>'company')) = ${company}))
    ORDER BY "createdAt", id LIMIT 5`;
}

/** CONFLICT naming the open leads a create (or an edit) would duplicate; nothing was written. */
export function duplicateLead(
  duplicates: DuplicateLead[],
  anyway: 'create' | 'save' = 'create',
): GraphQLError {
  const first = duplicates[0]!;
  return new GraphQLError(
    `An open lead with the same ${first.matchedOn === 'EMAIL' ? 'email' : 'name and company'} exists (${first.name}); merge into it with mergeLeads, or ${anyway} anyway with allowDuplicate: true`,
    { extensions: { code: 'CONFLICT', reason: 'DUPLICATE_LEAD', duplicates } },
  );
}
