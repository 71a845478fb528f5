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

const updateSchema = z.object(leadFields(fieldLimits.UpdateLeadInput)).partial();

async function findLeads({ prisma, tenantId, principal }: Context, ids: string[]): Promise<Lead[]> {
  if (ids.length === 0) throw userError('ids: name at least one lead', 'ids');
  if (ids.length > 1000) throw userError('ids: at most 1000 leads at a time', 'ids');
  const leads = await prisma.lead.findMany({ where: { tenantId, id: { in: ids } } });
  const missing = ids.filter((id) => !leads.some((lead) => lead.id === id));
  if (missing.length > 0) throw notFound('Lead', missing[0]!);
  for (const lead of leads) assertCanChange(principal, lead.ownerId, 'lead');
  return leads;
}

export async function updateLead(
  context: Context,
  { id, input: raw }: MutationUpdateLeadArgs,
): Promise<Lead> {
  const input = validate(updateSchema, raw);
  const [lead] = await findLeads(context, [id]);
  await assertReferences(context, input);
  const { prisma, tenantId, principal } = context;
  const before = lead!;
  const data = {
    name: input.name ?? before.name,
    email: input.email !== undefined ? input.email : before.email,
    source: input.source ?? before.source,
    customerId: input.customerId !== undefined ? input.customerId : before.customerId,
    metadata: mergeLeadMetadata(before.metadata, input),
  };
  const changes = leadChanges(before, data);
  // Nothing would change: nothing is written, logged or rescored.
  if (Object.keys(changes).length === 0) return before;
  const updated = await prisma.$transaction(async (tx) => {
    const row = await tx.lead.update({ where: { id }, data });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'UPDATED',
      leadId: id,
      payload: changes,
    });
    return row;
  });
  await context.notify({ name: 'lead/updated', data: { tenantId, leadId: id } });
  return updated;
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
  const leads = await findLeads(context, ids);
  const converted = leads.find((lead) => lead.status === 'CONVERTED');
  if (converted)
    throw userError(`${field}: lead ${converted.id} is converted; its deal carries on`, field);
  const { prisma, tenantId, principal } = context;
  const now = new Date();
  const changed = await prisma.$transaction(async (tx) => {
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
    const leads = await prisma.lead.findMany({ where: { tenantId, id: { in: ids } } });
    if (leads.some((lead) => lead.ownerId && lead.ownerId !== principal.userId))
      throw forbidden('Reps can only take unassigned leads');
  }
  const leads =
    principal.role === 'REP'
      ? await findLeads({ ...context, principal: { ...principal, role: 'MANAGER' } }, ids)
      : await findLeads(context, ids);
  await assertReferences(context, { ownerId });
  return prisma.$transaction(async (tx) => {
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

export async function assignLead(
  context: Context,
  { id, ownerId }: MutationAssignLeadArgs,
): Promise<Lead> {
  const [lead] = await assignLeads(context, { ids: [id], ownerId });
  return lead!;
}
