import { Prisma } from '../../db/generated/client';
import type { Context } from '../../types/context';

/** The lead columns the engagement features read, named as the scoring features are. */
export const ENGAGEMENT_FEATURES = [
  'emailsCount',
  'callsCount',
  'meetingsCount',
  'visitsCount',
] as const;

export type EngagementDistribution = {
  feature: (typeof ENGAGEMENT_FEATURES)[number];
  total: number;
  values: { value: number; leads: number }[];
};

/**
 * How many of the tenant's leads have each value of each engagement count, exact: one statement,
 * one pass over the tenant's leads (each lead unpivoted into its four counts, then grouped).
 */
export async function leadEngagementDistribution({
  prisma,
  tenantId,
}: Context): Promise<EngagementDistribution[]> {
  const rows = await prisma.$queryRaw<{ feature: string; value: number; leads: bigint | number }[]>(
    Prisma.sql`
      SELECT f.feature, f.value, count(*) AS leads
      FROM "Lead" l
      CROSS JOIN LATERAL (VALUES
        ('emailsCount', l."emailsCount"), ('callsCount', l."callsCount"),
        ('meetingsCount', l."meetingsCount"), ('visitsCount', l."visitsCount")
      ) AS f(feature, value)
      WHERE l."tenantId" = ${tenantId}
      GROUP BY f.feature, f.value
      ORDER BY f.feature, f.value`,
  );
  return ENGAGEMENT_FEATURES.map((feature) => {
    const values = rows
      .filter((r) => r.feature === feature)
      .map((r) => ({ value: Number(r.value), leads: Number(r.leads) }));
    return { feature, total: values.reduce((sum, v) => sum + v.leads, 0), values };
  });
}
