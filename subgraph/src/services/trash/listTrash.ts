import { Prisma } from '../../db/generated/client';
import type { QueryTrashArgs, TrashKind } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { badCursor, cursorDate, decodeCursor, encodeCursor, pageSize } from '../common/cursor';
import { RESTORE_WINDOW_DAYS, restoreCutoff } from './restoreWindow';

const DAY = 86_400_000;

const TABLE_OF: Record<TrashKind, 'Deal' | 'Lead'> = { DEAL: 'Deal', LEAD: 'Lead' };
const KIND_OF = { Deal: 'DEAL', Lead: 'LEAD' } as const;

type Row = {
  kind: 'Deal' | 'Lead';
  id: string;
  title: string;
  ownerId: string | null;
  deletedBy: string | null;
  deletedAt: Date;
};

/** The trash cursor: the deletion time, then the kind and id that break its ties. */
function afterSql(raw: string | null | undefined): Prisma.Sql {
  if (raw == null) return Prisma.empty;
  const { v, id } = decodeCursor(raw);
  const [kind, ...rest] = id.split('/');
  const at = cursorDate(v);
  if (kind !== 'Deal' && kind !== 'Lead') throw badCursor();
  return Prisma.sql`AND (t."deletedAt" < ${at}
    OR (t."deletedAt" = ${at} AND (t.kind, t.id) > (${kind}, ${rest.join('/')})))`;
}

/**
 * The tenant's deleted deals and leads still within the restore window (ADR 030), most recent
 * first, in keyset pages over `(tenantId, deletedAt)`. Anyone in the tenant can see the trash, as
 * they can read its deals and leads; `canRestore` says who may take one back (restoreDeal's rule).
 */
export async function listTrash(
  { prisma, tenantId, principal, loaders }: Context,
  args: QueryTrashArgs,
  now = new Date(),
) {
  const take = pageSize(args.first);
  const kind = args.kind ? Prisma.sql`AND t.kind = ${TABLE_OF[args.kind]}` : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t."deletedBy", t."deletedAt", t.data->>'ownerId' AS "ownerId",
           coalesce(t.data->>'title', t.data->>'name', '') AS title
    FROM "DeletedRecord" t
    WHERE t."tenantId" = ${tenantId} AND t."deletedAt" >= ${restoreCutoff(now)} ${kind}
      ${afterSql(args.after)}
    ORDER BY t."deletedAt" DESC, t.kind, t.id
    LIMIT ${take + 1}`;
  const page = rows.slice(0, take);
  const users = await loaders.user.loadMany(page.flatMap((row) => row.deletedBy ?? []));
  const userById = new Map(
    users.flatMap((user) => (user && 'id' in user ? [[user.id, user]] : [])),
  );
  const items = page.map((row) => {
    const restorableUntil = new Date(row.deletedAt.getTime() + RESTORE_WINDOW_DAYS * DAY);
    return {
      kind: KIND_OF[row.kind],
      id: row.id,
      title: row.title,
      deletedAt: row.deletedAt,
      deletedBy: (row.deletedBy ? userById.get(row.deletedBy) : undefined) ?? null,
      restorableUntil,
      daysLeft: Math.max(0, Math.floor((restorableUntil.getTime() - now.getTime()) / DAY)),
      canRestore: principal.role !== 'REP' || row.ownerId === principal.userId,
    };
  });
  const last = page.at(-1);
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > take,
      endCursor: last
        ? encodeCursor({ v: last.deletedAt.toISOString(), id: `${last.kind}/${last.id}` })
        : null,
    },
  };
}
