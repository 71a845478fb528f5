import { z } from 'zod';
import type { DealWinModel as DealWinModelType } from '../../__generated__/resolvers-types';
import type { DealWinModel } from '../../db/generated/client';
import { internalError } from '../common/errors';
import { servedMetrics } from '../leadScoring/storedMetrics';

const baselineSchema = z
  .object({
    stageRateBaseline: z.object({ auc: z.number(), logLoss: z.number() }),
    closedDealsBeforeHoldout: z.number().int(),
    heldOutDeals: z.number().int(),
  })
  .partial();

/** A stored deal model as served: its card, with the stage-rate baseline on the same holdout. */
export function servedDealWinModel(row: DealWinModel): DealWinModelType {
  const baseline = baselineSchema.safeParse(row.metrics ?? {});
  if (!baseline.success)
    throw internalError(`Stored metrics of deal model v${row.version} are malformed`);
  return {
    id: row.id,
    version: row.version,
    active: row.active,
    trainedAt: row.trainedAt,
    trainingRows: row.trainingRows,
    trainingFrom: row.trainingFrom,
    trainingTo: row.trainingTo,
    metrics: servedMetrics(row),
    stageRateBaseline: baseline.data.stageRateBaseline ?? null,
    closedDealsBeforeHoldout: baseline.data.closedDealsBeforeHoldout ?? null,
    heldOutDeals: baseline.data.heldOutDeals ?? null,
    notes: row.notes,
  };
}
