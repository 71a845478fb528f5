import type { PrismaClient } from '../../db/generated/client';
import { isRotting } from '../deals/rotting';
import { DEAL_ROTTING } from './automationTypes';

/**
 * Writes a deal/rotting event for each open deal that has sat in its stage past the stage's
 * rotting days, in tenants with an enabled DEAL_ROTTING automation. The key (deal, time it entered
 * the stage) makes it once per stage visit however often the scan runs, on however many replicas.
 */
export async function emitRottingEvents(prisma: PrismaClient, now = new Date()): Promise<number> {
  const tenants = await prisma.automation.findMany({
    where: { enabled: true, trigger: 'DEAL_ROTTING' },
    distinct: ['tenantId'],
    select: { tenantId: true },
  });
  let written = 0;
  for (const { tenantId } of tenants) {
    const deals = await prisma.deal.findMany({
      where: { tenantId, closedAt: null, stage: { kind: 'OPEN', rottingDays: { not: null } } },
      select: {
        id: true,
        leadId: true,
        stageId: true,
        stageEnteredAt: true,
        closedAt: true,
        stage: true,
      },
    });
    const rotting = deals.filter((d) => isRotting(d, d.stage, now));
    if (!rotting.length) continue;
    const { count } = await prisma.salesEvent.createMany({
      data: rotting.map((d) => ({
        tenantId,
        name: DEAL_ROTTING,
        dealId: d.id,
        leadId: d.leadId,
        data: { stageId: d.stageId, stageEnteredAt: d.stageEnteredAt.toISOString() },
        dedupeKey: `${DEAL_ROTTING}:${d.id}:${d.stageEnteredAt.toISOString()}`,
      })),
      skipDuplicates: true,
    });
    written += count;
  }
  return written;
}
