import type { Context } from '../../types/context';

/** Every source the tenant's leads came from, alphabetically (the lead table's source filter). */
export async function listLeadSources({ prisma, tenantId }: Context): Promise<string[]> {
  const rows = await prisma.lead.findMany({
    where: { tenantId },
    distinct: ['source'],
    select: { source: true },
    orderBy: { source: 'asc' },
  });
  return rows.map((row) => row.source);
}
