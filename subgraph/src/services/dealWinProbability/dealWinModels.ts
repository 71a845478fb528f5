import type { DealWinModel, DealWinRetrainResult } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertManager } from '../common/authorize';
import { conflict } from '../common/errors';
import { DEAL_RETRAIN_BUSY, retrainAndRescoreDeals } from './retrainAndRescoreDeals';
import { servedDealWinModel } from './servedDealWinModel';

/** The tenant's deal models, newest first. */
export async function listDealWinModels({ prisma, tenantId }: Context): Promise<DealWinModel[]> {
  const rows = await prisma.dealWinModel.findMany({
    where: { tenantId },
    orderBy: { version: 'desc' },
  });
  return rows.map(servedDealWinModel);
}

/** On-demand retraining of the deal model (managers and admins); the weekly job does the same. */
export async function retrainDealWinModelNow({
  prisma,
  tenantId,
  principal,
}: Context): Promise<DealWinRetrainResult> {
  assertManager(principal, 'retrain the deal model');
  const outcome = await retrainAndRescoreDeals(prisma, tenantId);
  if (outcome === DEAL_RETRAIN_BUSY)
    throw conflict(
      'The deal model is being retrained right now; try again when that retraining has finished',
      { retryable: true },
    );
  return { ...outcome, model: outcome.model && servedDealWinModel(outcome.model) };
}
