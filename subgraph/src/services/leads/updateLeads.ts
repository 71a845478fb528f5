import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Lead, LeadStatus, Prisma } from '../../db/generated/client';
import type {
  MutationAssignLeadArgs,
  MutationAssignLeadsArgs,
  MutationSetLeadStatusArgs,
  MutationSetLeadsStatusArgs,
  MutationUpdateLeadArgs,
} from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { forbidden, notFound, userError } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { validate } from '../common/validate';
import { assertReferences } from '../common/assertReferences';
import { leadFields } from './createLead';
import { leadMetadata, mergeLeadMetadata } from './leadMetadata';
import { duplicateLead, findDuplicateLeads } from './findDuplicateLeads';
import { lockLeads } from './lockLeads';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';

const updateSchema = z
  .object({
    ...leadFields(fieldLimits.UpdateLeadInput),
    allowDuplicate: z.boolean().nullable(),
  })
  .partial();

/**
 * The leads `ids` a change may be made to: NOT_FOUND for one that is not there, FORBIDDEN for one
 * the caller cannot change. With `tx`, read under their row locks (ADR 072): what a change checks
 * and writes. Without, an early answer before other checks (references) and the transaction.
 */
async function findLeads(
  { prisma, tenantId, principal }: Context,
  ids: string[],
  tx?: Prisma.TransactionClient,
): Promise<Lead[]> {
  if (ids.length === 0) throw userError('ids: name at least one lead', 'ids');
  if (ids.length > 1000) throw userError('ids: at most 1000 leads at a time', 'ids');
  const unique = [...new Set(ids)];
  const leads = tx
    ? await lockLeads(tx, tenantId, unique)
    : await prisma.lead.findMany({ where: { tenantId, id: { in: unique } } });
  const missing = unique.filter((id) => !leads.some((lead) => lead.id === id));
  if (missing.length > 0) throw notFound('Lead', missing[0]!);
  for (const lead of leads) assertCanChange(principal, lead.ownerId, 'lead');
  return leads;
}

export async function updateLead(
  context: Context,
  { id, input: raw }: MutationUpdateLeadArgs,
): Promise<Lead> {
  const input = validate(updateSchema, raw);
  await findLeads(context, [id]);
  await assertReferences(context, input);
  const { prisma, tenantId, principal } = context;
  const { lead, changed } = await prisma.$transaction(async (tx) => {
    // The lead as concurrent edits left it: each edit changes its own fields, none undoes another's.
    const [before] = (await findLeads(context, [id], tx)) as [Lead];
    const after = {
      name: input.name ?? before.name,
      email: input.email !== undefined ? input.email : before.email,
      source: input.source ?? before.source,
      customerId: input.customerId !== undefined ? input.customerId : before.customerId,
      metadata: mergeLeadMetadata(before.metadata, input),
    };
    const changes = leadChanges(before, after);
    // Nothing would change: nothing is written, logged or rescored.
    if (Object.keys(changes).length === 0) return { lead: before, changed: false };
    // An open lead edited into another open lead's email, or name and company, is the duplicate
    // createLead refuses (two open leads with one email were left to route and score twice).
    const matched = changes.email || changes.name || changes['metadata.company'];
    if (matched && !input.allowDuplicate && OPEN_LEAD_STATUSES.includes(before.status)) {
      const company = (after.metadata as Record<string, unknown>).company;
      const duplicates = (
        await findDuplicateLeads(tx, tenantId, {
          name: after.name,
          email: after.email,
          company: typeof company === 'string' ? company : null,
        })
      ).filter((lead) => lead.id !== id);
      if (duplicates.length > 0) throw duplicateLead(duplicates, 'save');
    }
    const data: Prisma.LeadUncheckedUpdateInput = {};
    if (changes.name) data.name = after.name;
    if (changes.email) data.email = after.email;
    if (changes.source) data.source = after.source;
    if (changes.customerId) data.customerId = after.customerId;
    if (Object.keys(changes).some((key) => key.startsWith('metadata.')))
      data.metadata = after.metadata;
    const row = await tx.lead.update({ where: { id }, data });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'UPDATED',
      leadId: id,
      payload: changes,
    });
    return { lead: row, changed: true };
  });
  if (changed) await context.notify({ name: 'lead/updated', data: { tenantId, leadId: id } });
  return lead;
}

type Change = { from: Prisma.JsonValue; to: Prisma.JsonValue };

/**
 * What an edit changes, field by field (old → new), as the timeline records it: the lead's
 * columns by name, its metadata by `metadata.<key>` (company, title, firmographics).
 */
function leadChanges(
  before: Lead,
  after: Pick<Lead, 'name' | 'email' | 'source' | 'customerId'> & {
    metadata: Prisma.InputJsonObject;
  },
): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const key of ['name', 'email', 'source', 'customerId'] as const) {
    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  }
  const old = leadMetadata(before.metadata) as Record<string, Prisma.JsonValue>;
  const next = after.metadata as Record<string, Prisma.JsonValue>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    const from = old[key] ?? null;
    const to = next[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[`metadata.${key}`] = { from, to };
  }
  return changes;
}

const SETTABLE: LeadStatus[] = ['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED'];

/** Changes the status of leads; CONVERTED is reached only through convertLead. */
export async function setLeadsStatus(
  context: Context,
  { ids, status }: MutationSetLeadsStatusArgs,
  /** The argument the ids came in, as errors name it (setLeadStatus sends one as `id`). */
  field: 'ids' | 'id' = 'ids',
): Promise<Lead[]> {
  if (!SETTABLE.includes(status))
    throw userError('status: use convertLead to convert a lead', 'status');
  const { prisma, tenantId, principal } = context;
  const now = new Date();
  const changed = await prisma.$transaction(async (tx) => {
    // Under the locks: a conversion that committed meanwhile is seen, and refused as it is serially.
    const leads = await findLeads(context, ids, tx);
    const converted = leads.find((lead) => lead.status === 'CONVERTED');
    if (converted)
      throw userError(`${field}: lead ${converted.id} is converted; its deal carries on`, field);
    const result: Lead[] = [];
    for (const lead of leads) {
      if (lead.status === status) {
        result.push(lead);
        continue;
      }
      const outcome =
        status === 'DISQUALIFIED'
          ? { outcome: 'LOST' as const, outcomeAt: now }
          : lead.status === 'DISQUALIFIED'
            ? { outcome: null, outcomeAt: null }
            : {};
      result.push(await tx.lead.update({ where: { id: lead.id }, data: { status, ...outcome } }));
      await recordActivity(tx, {
        tenantId,
        actorId: principal.userId,
        type: 'STATUS_CHANGED',
        leadId: lead.id,
        payload: { from: lead.status, to: status },
      });
    }
    return result;
  });
  await context.notify({ name: 'lead/updated', data: { tenantId, leadIds: ids } });
  return changed;
}

export async function setLeadStatus(
  context: Context,
  { id, status }: MutationSetLeadStatusArgs,
): Promise<Lead> {
  const [lead] = await setLeadsStatus(context, { ids: [id], status }, 'id');
  return lead!;
}

/** Assigns leads to an owner (null: unassign). Reps may only take unassigned leads for themselves. */
export async function assignLeads(
  context: Context,
  { ids, ownerId: owner }: MutationAssignLeadsArgs,
): Promise<Lead[]> {
  const ownerId = owner ?? null;
  const { prisma, tenantId, principal } = context;
  if (principal.role === 'REP') {
    if (ownerId !== principal.userId) throw forbidden('Reps can only assign leads to themselves');
    assertUnassigned(context, await prisma.lead.findMany({ where: { tenantId, id: { in: ids } } }));
  }
  // A rep's leads are checked above (unassigned or theirs), not as the owner's changes.
  const finder: Context =
    principal.role === 'REP'
      ? { ...context, principal: { ...principal, role: 'MANAGER' } }
      : context;
  await findLeads(finder, ids);
  await assertReferences(context, { ownerId });
  return prisma.$transaction(async (tx) => {
    // Under the locks: of two reps taking the same lead at once, the second finds it taken.
    const leads = await findLeads(finder, ids, tx);
    assertUnassigned(context, leads);
    const result: Lead[] = [];
    for (const lead of leads) {
      if (lead.ownerId === ownerId) {
        result.push(lead);
        continue;
      }
      result.push(await tx.lead.update({ where: { id: lead.id }, data: { ownerId } }));
      await recordActivity(tx, {
        tenantId,
        actorId: principal.userId,
        type: 'ASSIGNED',
        leadId: lead.id,
        payload: { from: lead.ownerId, to: ownerId },
      });
    }
    return result;
  });
}

/** A rep takes only leads that are unassigned (or already theirs). */
function assertUnassigned({ principal }: Context, leads: Lead[]): void {
  if (principal.role !== 'REP') return;
  if (leads.some((lead) => lead.ownerId && lead.ownerId !== principal.userId))
    throw forbidden('Reps can only take unassigned leads');
}

export async function assignLead(
  context: Context,
  { id, ownerId }: MutationAssignLeadArgs,
): Promise<Lead> {
  const [lead] = await assignLeads(context, { ids: [id], ownerId });
  return lead!;
}
