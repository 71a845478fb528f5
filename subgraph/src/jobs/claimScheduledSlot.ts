import type { PrismaClient } from '../db/generated/client';

/** Claims older than this are pruned: a slot is only ever claimed around its own minute. */
const KEEP_CLAIMS_DAYS = 30;

/**
 * Claims a scheduled job's slot (its cron minute) for this process: true for exactly one of the
 * processes that share the database, however far apart their timers tick within the minute.
 */
export async function claimScheduledSlot(
  prisma: PrismaClient,
  job: string,
  slot: Date,
): Promise<boolean> {
  const claimed = await prisma.$executeRaw`
    INSERT INTO "ScheduledJobClaim" (job, slot) VALUES (${job}, ${slot})
    ON CONFLICT DO NOTHING`;
  if (claimed === 1) {
    const before = new Date(slot.getTime() - KEEP_CLAIMS_DAYS * 86_400_000);
    await prisma.$executeRaw`DELETE FROM "ScheduledJobClaim" WHERE job = ${job} AND slot < ${before}`;
  }
  return claimed === 1;
}
