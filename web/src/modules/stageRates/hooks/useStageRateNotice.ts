import { useCallback, useEffect, useRef, useState } from 'react';
import { useStageRatesCheckQuery } from '../../../__generated__/graphql';
import type { MoneyTotal } from '../../../lib/moneyTotals';
import { describeStageRateChange, rateStep, type RatesView } from '../utils/stageRateChange';

// Rates change when someone closes or reopens a deal; a minute is soon enough for other people's.
const POLL_MS = 60_000;
// After a close seen on this page, the server recomputes the rates once the close has committed:
// at once, or, when the pipeline's rates were worked out in the last 5 s, up to 7.5 s after that
// run started (the interval and its jitter, ADR 056).
const AFTER_CLOSE_MS = [1_500, 5_000, 9_000];

// What each view last showed, for this tab: a page opened again compares with what it showed before,
// so totals that changed while it was closed are announced too, not only changes seen while open.
const shownByView = new Map<string, RatesView>();

/**
 * Announces a change of stage rates where the weighted totals change (ADR 029). The page passes
 * its weighted totals and the rates they were computed with (`stageRatesComputedAt` fetched with
 * them); the pipeline's rates are polled into the same cache entry, so new rates show up here as a
 * new `computedAt`; the page's totals are then fetched again and the before → after is announced.
 * `closedCount` (the page's closed deals) changing means a close: the rates are checked soon after.
 */
export function useStageRateNotice({
  view,
  pipelineId,
  currency,
  computedAt,
  closedDeals,
  weighted,
  closedCount,
  refetchWeighted,
}: {
  /** The page and what it shows (pipeline, filters): totals are only compared within one view. */
  view: string;
  pipelineId: string;
  currency: string;
  computedAt: string | null | undefined;
  closedDeals: number;
  weighted: readonly MoneyTotal[] | undefined;
  closedCount?: number | undefined;
  refetchWeighted: () => Promise<readonly MoneyTotal[] | undefined>;
}) {
  const check = useStageRatesCheckQuery({
    variables: { pipelineId },
    fetchPolicy: 'cache-first',
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const weightedKey = weighted ? JSON.stringify(weighted) : null;
  const latest = useRef({ weighted, closedDeals, currency, refetchWeighted });
  latest.current = { weighted, closedDeals, currency, refetchWeighted };

  useEffect(() => {
    const {
      weighted: now,
      closedDeals: deals,
      currency: c,
      refetchWeighted: refetch,
    } = latest.current;
    if (computedAt === undefined || !now) return;
    const observed = { computedAt, weighted: now };
    const step = rateStep(shownByView.get(view) ?? null, observed);
    shownByView.set(view, observed);
    const announce = (before: readonly MoneyTotal[], after: readonly MoneyTotal[]) => {
      const text = describeStageRateChange({ closedDeals: deals, before, after, currency: c });
      if (text) setNotice(text);
    };
    if (step.kind === 'announce') announce(step.before, now);
    if (step.kind === 'refetch')
      void refetch().then((after) => after && announce(step.before, after));
  }, [view, computedAt, weightedKey]);

  useEffect(() => setNotice(null), [view]);

  const refetchCheck = check.refetch;
  const firstClosed = useRef(closedCount);
  useEffect(() => {
    if (closedCount === undefined || closedCount === firstClosed.current) return;
    const loaded = firstClosed.current !== undefined;
    firstClosed.current = closedCount;
    if (!loaded) return;
    const timers = AFTER_CLOSE_MS.map((ms) => setTimeout(() => void refetchCheck(), ms));
    return () => timers.forEach(clearTimeout);
  }, [closedCount, refetchCheck]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
