import { z } from 'zod';
import type { DealWinModel as DealWinModelType } from '../../__generated__/resolvers-types';
import type { DealWinModel } from '../../db/generated/client';
import { internalError } from '../common/errors';
import { servedMetrics } from '../leadScoring/storedMetrics';

/** What a deal model stores in its metrics beside the lead model's: baseline and deal counts. */
const cardSchema = z
  .object({
    stageRateBaseline: z.object({ auc: z.number(), logLoss: z.number() }),
    closedDealsBeforeHoldout: z.number().int(),
    heldOutDeals: z.number().int(),
  })
  .partial();

/** A stored deal model as served: its card, with the stage-rate baseline on the same holdout. */
export function servedDealWinModel(row: DealWinModel): DealWinModelType {
  const card = cardSchema.safeParse(row.metrics ?? {});
  if (!card.success)
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
    stageRateBaseline: card.data.stageRateBaseline ?? null,
    closedDealsBeforeHoldout: card.data.closedDealsBeforeHoldout ?? null,
    heldOutDeals: card.data.heldOutDeals ?? null,
    notes: row.notes,
  };
}
