import type { PrismaClient } from '../../subgraph/src/db/generated/client';
import { retrainDealWinModel } from '../../subgraph/src/services/dealWinProbability/retrainDealWinModel';
import { servedDealWinModel } from '../../subgraph/src/services/dealWinProbability/servedDealWinModel';

const f = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(4));

/**
 * A first retrain of the deal model (ADR 039) on a seeded tenant: its card's holdout AUC and log
 * loss against the stage rates on the same time-ordered holdout, and a line that says them.
 */
export async function dealModelCard(prisma: PrismaClient, tenantId: string) {
  const started = performance.now();
  const outcome = await retrainDealWinModel(prisma, tenantId, { seed: 1 });
  const trainMs = performance.now() - started;
  if (!outcome.model)
    return { outcome, trainMs, card: null, line: `deal model: ${outcome.reason}` };
  const card = servedDealWinModel(outcome.model);
  const line =
    `deal model: ${card.trainingRows} training deals, holdout ${card.metrics?.holdoutRows}: ` +
    `AUC ${f(card.metrics?.auc)} vs stage rates ${f(card.stageRateBaseline?.auc)}, ` +
    `log loss ${f(card.metrics?.logLoss)} vs ${f(card.stageRateBaseline?.logLoss)}; ` +
    `${outcome.activated ? 'activated' : 'not activated'}; trained in ${(trainMs / 1000).toFixed(1)} s`;
  return { outcome, trainMs, card, line };
}
