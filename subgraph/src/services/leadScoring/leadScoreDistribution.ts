import type { Context } from '../../types/context';
import { Prisma } from '../../db/generated/client';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';

export type ScoreBucket = { from: number; to: number; count: number };

/** Open, scored leads per score decile (0-9, ..., 90-100): one statement. */
export async function leadScoreDistribution({ prisma, tenantId }: Context): Promise<ScoreBucket[]> {
  const rows = await prisma.$queryRaw<{ bucket: number; count: bigint | number }[]>(Prisma.sql`
    SELECT LEAST(score / 10, 9)::int AS bucket, count(*) AS count FROM "Lead"
    WHERE "tenantId" = ${tenantId} AND status IN (${Prisma.join(OPEN_LEAD_STATUSES)})
      AND score IS NOT NULL
    GROUP BY 1`);
  const counts = new Map(rows.map((r) => [Number(r.bucket), Number(r.count)]));
  return Array.from({ length: 10 }, (_, b) => ({
    from: b * 10,
    to: b === 9 ? 100 : b * 10 + 9,
    count: counts.get(b) ?? 0,
  }));
}
