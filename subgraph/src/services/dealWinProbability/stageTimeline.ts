import type { PrismaClient } from '../../db/generated/client';

/** A deal entering a stage (created in it, moved, reopened, won or lost), from the timeline. */
export type StageEvent = { dealId: string; occurredAt: Date; stageId: string | null };

/** The tenant's stage events, by deal and time. */
export function loadStageEvents(prisma: PrismaClient, tenantId: string): Promise<StageEvent[]> {
  return prisma.$queryRaw<StageEvent[]>`
    SELECT a."dealId", a."occurredAt", COALESCE(a.payload->>'toStageId', a.payload->>'stageId') AS "stageId"
    FROM "Activity" a
    WHERE a."tenantId" = ${tenantId} AND a."dealId" IS NOT NULL
      AND a.type IN ('CREATED', 'STAGE_CHANGED', 'REOPENED', 'WON', 'LOST')
    ORDER BY a."dealId", a."occurredAt", a.id`;
}

type StageInfo = { kind: 'OPEN' | 'WON' | 'LOST'; order: number };

export type StagePosition = {
  /** The open stage the deal was last in before the moment; null when unknown. */
  stageId: string | null;
  enteredAt: number | null;
  /** The highest order among the open stages it had entered by then. */
  furthestOrder: number | null;
};

const DAY = 86_400_000;

/**
 * Where each deal stood at a moment, and every finished stay in an open stage (for the stage's
 * median), from the stage events of the tenant's deals ordered by deal and time. Only open stages
 * count as a position: a training row is taken at the close, and the Won or Lost stage it entered
 * then is the outcome, not a feature.
 */
export function stageTimeline(
  events: readonly StageEvent[],
  stageOf: (id: string) => StageInfo | undefined,
) {
  const byDeal = new Map<string, StageEvent[]>();
  for (const event of events) {
    const list = byDeal.get(event.dealId);
    if (list) list.push(event);
    else byDeal.set(event.dealId, [event]);
  }
  const stays = new Map<string, { endedAt: number; days: number }[]>();
  for (const list of byDeal.values()) {
    for (let i = 0; i + 1 < list.length; i++) {
      const { stageId, occurredAt } = list[i]!;
      if (!stageId || stageOf(stageId)?.kind !== 'OPEN') continue;
      const endedAt = list[i + 1]!.occurredAt.getTime();
      const stay = { endedAt, days: (endedAt - occurredAt.getTime()) / DAY };
      const of = stays.get(stageId);
      if (of) of.push(stay);
      else stays.set(stageId, [stay]);
    }
  }
  for (const list of stays.values()) list.sort((a, b) => a.endedAt - b.endedAt);

  return {
    /**
     * The deal's stays in open stages that began before `until` (each ends at the next stage
     * event, or at `until`), oldest first.
     */
    staysOf(dealId: string, until: number): { stageId: string; from: number; to: number }[] {
      const list = byDeal.get(dealId) ?? [];
      const result: { stageId: string; from: number; to: number }[] = [];
      list.forEach(({ stageId, occurredAt }, i) => {
        const from = occurredAt.getTime();
        if (from >= until || !stageId || stageOf(stageId)?.kind !== 'OPEN') return;
        const next = list[i + 1]?.occurredAt.getTime() ?? until;
        result.push({ stageId, from, to: Math.min(next, until) });
      });
      return result;
    },
    /** Finished stays in the stage, by the time they ended. */
    staysIn: (stageId: string) => stays.get(stageId) ?? [],
    /**
     * The deal's open stage before `t`; `current` (its stage now, when open) stands in for a deal
     * with no recorded stage events at all.
     */
    positionAt(
      dealId: string,
      t: number,
      current: { stageId: string | null; enteredAt: number },
    ): StagePosition {
      const list = byDeal.get(dealId);
      if (!list?.length) {
        const order = current.stageId ? stageOf(current.stageId)?.order : undefined;
        return current.stageId && current.enteredAt <= t
          ? { stageId: current.stageId, enteredAt: current.enteredAt, furthestOrder: order ?? null }
          : { stageId: null, enteredAt: null, furthestOrder: null };
      }
      let position: StagePosition = { stageId: null, enteredAt: null, furthestOrder: null };
      for (const { stageId, occurredAt } of list) {
        const at = occurredAt.getTime();
        if (at >= t) break;
        const stage = stageId ? stageOf(stageId) : undefined;
        if (!stageId || stage?.kind !== 'OPEN') continue;
        position = {
          stageId,
          enteredAt: at,
          furthestOrder: Math.max(position.furthestOrder ?? stage.order, stage.order),
        };
      }
      return position;
    },
  };
}
