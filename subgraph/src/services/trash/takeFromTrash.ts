import { GraphQLError } from 'graphql';
import { Prisma } from '../../db/generated/client';
import { notFound } from '../common/errors';
import type { TrashKind } from './moveToTrash';
import { RESTORE_WINDOW_DAYS, restoreCutoff } from './restoreWindow';

type Tx = Prisma.TransactionClient;

export type TrashedRow = {
  data: Record<string, unknown> & { ownerId: string | null };
  related: {
    dealId?: string | null;
    snapshots?: unknown[];
    /** A lead merged into another (mergeLeads): the target, and what the merge moved to it. */
    mergedInto?: string;
    activityIds?: string[];
    plannedActivityIds?: string[];
    /** The target's last engagement before the merge (null: none; absent: merged before it was kept). */
    targetLastEngagedAt?: string | null;
  };
};

/**
 * Claims a trashed row for restoring: deletes it from the trash (so of two restores one gets it)
 * and returns it. NOT_FOUND when it is not in the tenant's trash or is past the restore window.
 */
export async function takeFromTrash(
  tx: Tx,
  { tenantId, kind, id }: { tenantId: string; kind: TrashKind; id: string },
): Promise<TrashedRow> {
  const [row] = await tx.$queryRaw<(TrashedRow & { deletedAt: Date })[]>`
    DELETE FROM "DeletedRecord" WHERE kind = ${kind} AND id = ${id} AND "tenantId" = ${tenantId}
    RETURNING data, related, "deletedAt"`;
  if (!row) throw notFound(`Deleted ${kind.toLowerCase()}`, id);
  if (row.deletedAt < restoreCutoff()) {
    throw new GraphQLError(
      `${kind} ${id} was deleted more than ${RESTORE_WINDOW_DAYS} days ago and can no longer be restored`,
      { extensions: { code: 'NOT_FOUND' } },
    );
  }
  return row;
}

/**
 * Puts a trashed row back into its table as it was (`jsonb_populate_record` of the stored
 * row, with `changes` applied). The insert's "created" outbox event is withdrawn in the same
 * transaction: a restore is not a creation, so routing and automations do not run again.
 */
export async function putBack(
  tx: Tx,
  kind: TrashKind,
  data: Record<string, unknown>,
  changes: Record<string, unknown>,
): Promise<void> {
  const table = Prisma.raw(`"${kind}"`);
  const row = JSON.stringify({ ...data, ...changes });
  await tx.$executeRaw`
    INSERT INTO ${table} SELECT * FROM jsonb_populate_record(NULL::${table}, ${row}::jsonb)`;
  const idColumn = Prisma.raw(kind === 'Deal' ? '"dealId"' : '"leadId"');
  await tx.$executeRaw`
    DELETE FROM "SalesEvent" WHERE ${idColumn} = ${String(data.id)}
      AND xmin = pg_current_xact_id()::xid`;
}
