import type { PipelineStageResolvers } from '../__generated__/resolvers-types';
import { singleCurrencyAmount } from '../services/common/money';
import { afterPositionKey, primeDealIndexes } from '../services/deals/afterPositionKey';
import { dealWhereSqlFor } from '../services/deals/dealWhereSqlFor';
import { inReportingCurrency, today } from '../services/currency/inReportingCurrency';
import { pipelineOf } from '../services/pipelines/pipelineOf';
import { dealColumnsFor } from './dealColumns';
import { prefetchDealParts } from './prefetchDealParts';
import { stageDealCount, stageDealTotals } from '../services/pipelines/stageDealTotals';
import { effectiveProbability } from '../services/pipelines/stageProbability';

/**
 * Whether a filter keeps every deal of this stage's column: none, or only the status the stage
 * has (the board asks each column for its OPEN deals, which in an open stage are all of them), or
 * a close window on an open stage (whose deals have no close date).
 */
function isWholeColumn(
  stage: { kind: string },
  filter: { [field: string]: unknown } | null | undefined,
): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([field, value]) =>
    field === 'status'
      ? value == null || value === stage.kind
      : field === 'closedWithinDays'
        ? value == null || stage.kind === 'OPEN'
        : value == null,
  );
}

/** What a column's deals are read by: grouped by stage, ordered and indexed by position. */
const STAGE_KEYS = ['stageId', 'position'] as const;

export const PipelineStage: PipelineStageResolvers = {
  effectiveProbability: (stage) => effectiveProbability(stage),
  pipeline: (stage, _args, context) => pipelineOf(context, stage),
  deals: async (stage, { filter, first, afterPosition }, context, info) => {
    // A deal's status is its stage's kind, so a status filter keeps a whole column or none of it:
    // answered here, not checked deal by deal in SQL, which read every deal of a board's Won and
    // Lost columns to return none of them (ADR 077).
    if (filter?.status != null && filter.status !== stage.kind) return [];
    // afterPosition is an index (Deal.position); the page starts after that deal's key (ADR 023).
    const after = await afterPositionKey(context, stage.id, afterPosition);
    if (!after) return [];
    const deals = await context.loaders
      .dealsOfStage(
        await dealWhereSqlFor(context, filter, stage.kind),
        first,
        dealColumnsFor(info, STAGE_KEYS),
        after.key,
        after.id,
      )
      .load(stage.id);
    // Unfiltered, the page is the column itself: each deal's index is known without asking.
    if (isWholeColumn(stage, filter))
      primeDealIndexes(context, deals, after.key === null ? 0 : afterPosition! + 1);
    await prefetchDealParts(context.loaders, deals, info);
    return deals;
  },
  dealCount: (stage, { filter }, context) => stageDealCount(context, { stage, filter }),
  totals: (stage, { filter }, context) =>
    stageDealTotals(context, { stage, filter, figure: 'total' }),
  weightedTotals: (stage, { filter }, context) =>
    stageDealTotals(context, { stage, filter, figure: 'weighted' }),
  totalInReportingCurrency: async (stage, { filter }, context) =>
    inReportingCurrency(
      context,
      await stageDealTotals(context, { stage, filter, figure: 'total' }),
      today(),
    ),
  weightedInReportingCurrency: async (stage, { filter }, context) =>
    inReportingCurrency(
      context,
      await stageDealTotals(context, { stage, filter, figure: 'weighted' }),
      today(),
    ),
  totalValue: async (stage, { filter }, context) =>
    singleCurrencyAmount(await stageDealTotals(context, { stage, filter, figure: 'total' })),
  weightedValue: async (stage, { filter }, context) =>
    singleCurrencyAmount(await stageDealTotals(context, { stage, filter, figure: 'weighted' })),
};
