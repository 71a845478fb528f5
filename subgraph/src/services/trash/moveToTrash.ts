import { Prisma } from '../../db/generated/client';
import { restoreCutoff } from './restoreWindow';

type Tx = Prisma.TransactionClient;

export type TrashKind = 'Deal' | 'Lead';

/**
 * Moves a row (locked by the caller) of "Deal" or "Lead" into the trash and deletes it, in the
 * caller's transaction (ADR 030). A lead takes its score history and the id of its deal along:
 * deleting the lead deletes its snapshots (a trigger) and unlinks its deal (ON DELETE SET NULL).
 * Rows of the tenant past the restore window are purged on the way.
 */
export async function moveToTrash(
  tx: Tx,
  {
    tenantId,
    kind,
    id,
    deletedBy,
  }: { tenantId: string; kind: TrashKind; id: string; deletedBy: string },
): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "DeletedRecord" WHERE "tenantId" = ${tenantId} AND "deletedAt" < ${restoreCutoff()}`;
  const related =
    kind === 'Lead'
      ? Prisma.sql`jsonb_build_object(
          'dealId', (SELECT d.id FROM "Deal" d WHERE d."leadId" = x.id),
          'snapshots', (SELECT coalesce(jsonb_agg(to_jsonb(s)), '[]'::jsonb)
                        FROM "LeadScoreSnapshot" s WHERE s."leadId" = x.id))`
      : Prisma.sql`'{}'::jsonb`;
  await tx.$executeRaw`
    INSERT INTO "DeletedRecord" ("tenantId", kind, id, data, related, "deletedBy")
    SELECT x."tenantId", ${kind}, x.id, to_jsonb(x), ${related}, ${deletedBy}
    FROM ${Prisma.raw(`"${kind}"`)} x WHERE x.id = ${id} AND x."tenantId" = ${tenantId}`;
  await tx.$executeRaw`
    DELETE FROM ${Prisma.raw(`"${kind}"`)} WHERE id = ${id} AND "tenantId" = ${tenantId}`;
}
