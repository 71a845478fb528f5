import type { Context } from '../../types/context';
import { internalError } from '../common/errors';
import { sumByCurrency, type MoneyTotal } from '../common/money';
import { weightedValue } from '../pipelines/weightedValue';

export type CustomerDealFigure = 'open' | 'weighted' | 'won';

/**
 * A customer's open, weighted open or won deal value, one total per currency: deals of pipelines
 * in different currencies are never added together.
 */
export async function customerDealTotals(
  { loaders }: Context,
  { customerId, figure }: { customerId: string; figure: CustomerDealFigure },
): Promise<MoneyTotal[]> {
  const values = await loaders.customerStageValues.load(customerId);
  const stages = await loaders.stage.loadMany(values.map((v) => v.stageId));
  const amounts = values.flatMap((value, i) => {
    const stage = stages[i];
    if (stage instanceof Error) throw stage;
    if (!stage)
      throw internalError(`Stage ${value.stageId} of customer ${customerId}'s deals is missing`);
    if (figure === 'won')
      return stage.kind === 'WON' ? [{ currency: value.currency, amount: value.total }] : [];
    if (stage.kind !== 'OPEN') return [];
    const amount = figure === 'weighted' ? weightedValue(value.total, stage) : value.total;
    return [{ currency: value.currency, amount }];
  });
  return sumByCurrency(amounts);
}
