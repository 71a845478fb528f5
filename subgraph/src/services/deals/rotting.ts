import type { Deal, PipelineStage } from '../../db/generated/client';

const DAY_MS = 86_400_000;

export function daysInStage(
  deal: Pick<Deal, 'stageEnteredAt' | 'closedAt'>,
  now = new Date(),
): number {
  const end = deal.closedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - deal.stageEnteredAt.getTime()) / DAY_MS));
}

/** A deal rots when it sits in an open stage longer than the stage's rotting days. */
export function isRotting(
  deal: Pick<Deal, 'stageEnteredAt' | 'closedAt'>,
  stage: Pick<PipelineStage, 'kind' | 'rottingDays'>,
  now = new Date(),
): boolean {
  return (
    stage.kind === 'OPEN' && stage.rottingDays != null && daysInStage(deal, now) > stage.rottingDays
  );
}

/** The moment before which a deal entering `stage` counts as rotting. */
export function rottingThreshold(rottingDays: number, now = new Date()): Date {
  return new Date(now.getTime() - (rottingDays + 1) * DAY_MS);
}
