import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { LeadForScoring } from './leadFeatures';

/** A lead's logged engagement after a moment, and its latest engagement up to it. */
export type EngagementAfter = {
  emails: number;
  calls: number;
  meetings: number;
  /** The latest logged email, call or meeting at or before the moment (null: none logged). */
  lastBefore: Date | null;
};

/**
 * The lead's engagement as it stood at `at`: its counts less what was logged after `at`, and its
 * last engagement then. A live score takes the lead as it is (nothing is logged after now); a
 * training row takes it at the decision on the lead, so calls made after a lead was won or lost
 * do not teach the model that calls mean winning. When the lead's last engagement is after `at`
 * and nothing logged before it is known (counts imported without their dates), it is missing.
 */
export function engagementAsOf<L extends LeadForScoring>(
  lead: L,
  after: EngagementAfter | undefined,
  at: Date,
): L {
  const engagedLater = lead.lastEngagedAt !== null && lead.lastEngagedAt > at;
  if (!after && !engagedLater) return lead;
  return {
    ...lead,
    emailsCount: Math.max(0, lead.emailsCount - (after?.emails ?? 0)),
    callsCount: Math.max(0, lead.callsCount - (after?.calls ?? 0)),
    meetingsCount: Math.max(0, lead.meetingsCount - (after?.meetings ?? 0)),
    lastEngagedAt: engagedLater ? (after?.lastBefore ?? null) : lead.lastEngagedAt,
  };
}

/**
 * For each closed lead of the tenant, the emails, calls and meetings logged on it (or on its deal,
 * which counts toward the lead) after the decision on it (its deal's creation, else its outcome),
 * and its latest one up to that moment: one statement.
 */
export async function loadEngagementAfterDecision(
  prisma: PrismaClient,
  tenantId: string,
): Promise<Map<string, EngagementAfter>> {
  const rows = await prisma.$queryRaw<
    { id: string; emails: number; calls: number; meetings: number; lastBefore: Date | null }[]
  >(Prisma.sql`
    SELECT l.id,
           count(*) FILTER (WHERE a.type = 'EMAIL' AND a."occurredAt" > x.at)::int AS emails,
           count(*) FILTER (WHERE a.type = 'CALL' AND a."occurredAt" > x.at)::int AS calls,
           count(*) FILTER (WHERE a.type = 'MEETING' AND a."occurredAt" > x.at)::int AS meetings,
           max(a."occurredAt") FILTER (WHERE a."occurredAt" <= x.at) AS "lastBefore"
    FROM "Lead" l
    LEFT JOIN "Deal" d ON d."leadId" = l.id
    CROSS JOIN LATERAL (SELECT COALESCE(d."createdAt", l."outcomeAt") AS at) x
    JOIN "Activity" a ON a."tenantId" = l."tenantId"
      AND (a."leadId" = l.id OR (d.id IS NOT NULL AND a."dealId" = d.id))
      AND a.type IN ('EMAIL', 'CALL', 'MEETING')
    WHERE l."tenantId" = ${tenantId} AND l.outcome IS NOT NULL AND l."outcomeAt" IS NOT NULL
    GROUP BY l.id`);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        emails: r.emails,
        calls: r.calls,
        meetings: r.meetings,
        lastBefore: r.lastBefore ? new Date(r.lastBefore) : null,
      },
    ]),
  );
}
