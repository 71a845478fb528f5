import { Prisma } from '../../db/generated/client';
import { MAX_INT } from '../common/validate';

const COUNTER = { EMAIL: 'emailsCount', CALL: 'callsCount', MEETING: 'meetingsCount' } as const;

/**
 * Counts an email, call or meeting held at `at` as the lead's engagement (a scoring feature):
 * its count goes up by one and its last engagement becomes `at` unless it already is later, so a
 * back-dated call never moves "last engaged" backwards. A count stays at the column's largest
 * value once there (an imported history may start it there): the activity is still logged, where
 * the overflow failed it with INTERNAL. One statement, in the caller's transaction (logActivity,
 * completeActivity).
 */
export async function countEngagement(
  tx: Prisma.TransactionClient,
  leadId: string,
  type: keyof typeof COUNTER,
  at: Date,
): Promise<void> {
  const counter = Prisma.raw(`"${COUNTER[type]}"`);
  await tx.$executeRaw`
    UPDATE "Lead" SET ${counter} = LEAST(${counter}::bigint + 1, ${MAX_INT}), "lastEngagedAt" = GREATEST("lastEngagedAt", ${at})
    WHERE id = ${leadId}`;
}
