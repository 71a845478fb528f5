/** How much the learned rates trust history against the stage's prior (ADR 026). */
export const STAGE_RATE_PRIOR_DEALS = 20;
/** Below this many closed deals behind a stage, its learned rate is not shown and not used. */
export const STAGE_RATE_MIN_SAMPLE = 5;
/** Closed deals older than this window (by close date) do not count. */
export const STAGE_RATE_DEFAULT_WINDOW_MONTHS = 12;

export type RateStage = {
  id: string;
  order: number;
  kind: 'OPEN' | 'WON' | 'LOST';
  /** Entered by hand, 0..1. */
  probability: number | null;
  createdAt: Date;
};

export type ClosedDealPath = {
  won: boolean;
  closedAt: Date;
  /** The highest `order` among the open stages the deal was in (its history); null when none is known. */
  furthestOrder: number | null;
};

export type StageRate = {
  /** The mean of the Beta prior: the hand value, else interpolated along the stage order. */
  prior: number;
  /** won / passed, or null when fewer than the minimum sample passed the stage. */
  learned: number | null;
  /** Closed deals in the window that passed the stage. */
  sample: number;
  won: number;
  /** The rate used for weighting: prior and history blended, then made non-decreasing along the stages. */
  blended: number;
};

/**
 * Each open stage's chance that a deal in it is won, learned from the pipeline's closed deals.
 *
 * A closed deal *passed* a stage when it was won (every stage before Won counts as passed, skipped
 * ones too), or was lost after reaching that stage or a later one; a deal closed before the stage
 * existed does not count for it. The learned rate is won / passed. It is blended with the stage's
 * prior as a Beta prior worth `priorDeals` deals, so five deals move it a little and hundreds move it
 * a lot; below `minSample` deals the prior stands alone. The blended rates are then made
 * non-decreasing along the stage order (weighted pool-adjacent-violators), since a deal further on
 * cannot be less likely to be won.
 *
 * The prior is the hand-entered probability; a stage without one gets a value interpolated between
 * its neighbours' hand values, with 0 before the first stage and 1 (won) after the last, so three
 * unset stages get 25 %, 50 % and 75 %.
 */
export function learnStageRates(
  stages: readonly RateStage[],
  deals: readonly ClosedDealPath[],
  options: { priorDeals?: number; minSample?: number } = {},
): Map<string, StageRate> {
  const priorDeals = options.priorDeals ?? STAGE_RATE_PRIOR_DEALS;
  const minSample = options.minSample ?? STAGE_RATE_MIN_SAMPLE;
  const open = stages.filter((s) => s.kind === 'OPEN').sort((a, b) => a.order - b.order);
  const priors = interpolatePriors(open.map((s) => s.probability));

  const rows = open.map((stage, i) => {
    let passed = 0;
    let won = 0;
    for (const deal of deals) {
      if (deal.closedAt < stage.createdAt) continue;
      if (!deal.won && (deal.furthestOrder == null || deal.furthestOrder < stage.order)) continue;
      passed += 1;
      if (deal.won) won += 1;
    }
    const prior = priors[i]!;
    const counted = passed >= minSample;
    return {
      stage,
      prior,
      won,
      sample: passed,
      learned: counted ? won / passed : null,
      raw: counted ? (won + priorDeals * prior) / (passed + priorDeals) : prior,
      weight: counted ? passed + priorDeals : priorDeals,
    };
  });

  const blended = nonDecreasing(
    rows.map((r) => r.raw),
    rows.map((r) => r.weight),
  );
  return new Map(
    rows.map((r, i) => [
      r.stage.id,
      { prior: r.prior, learned: r.learned, sample: r.sample, won: r.won, blended: blended[i]! },
    ]),
  );
}

/** Fills the unset values by linear interpolation between set ones, with 0 before and 1 after. */
export function interpolatePriors(values: readonly (number | null)[]): number[] {
  const anchors: { at: number; value: number }[] = [{ at: -1, value: 0 }];
  values.forEach((value, at) => {
    if (value != null) anchors.push({ at, value });
  });
  anchors.push({ at: values.length, value: 1 });
  return values.map((value, at) => {
    if (value != null) return value;
    const after = anchors.findIndex((a) => a.at > at);
    const left = anchors[after - 1]!;
    const right = anchors[after]!;
    return left.value + ((right.value - left.value) * (at - left.at)) / (right.at - left.at);
  });
}

/** The weighted least-squares non-decreasing fit (pool adjacent violators). */
export function nonDecreasing(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: { value: number; weight: number; size: number }[] = [];
  values.forEach((value, i) => {
    blocks.push({ value, weight: weights[i]!, size: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.value > blocks.at(-1)!.value) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({
        value: (a.value * a.weight + b.value * b.weight) / weight,
        weight,
        size: a.size + b.size,
      });
    }
  });
  return blocks.flatMap((b) => Array<number>(b.size).fill(b.value));
}

/** The share of finished stays in a stage that a deal may last before it counts as rotting. */
export const ROTTING_PERCENTILE = 0.8;

/**
 * A stage's default rotting threshold from its own history: the 80th percentile of the days deals
 * spent in it before moving on (rounded up to whole days, at least 1), so about one deal in five
 * that moved on took longer. Null below the minimum sample: with too few stays the stage has no
 * default and rots only by a hand value.
 */
export function learnRottingDays(
  staysInDays: readonly number[],
  { minSample = STAGE_RATE_MIN_SAMPLE, percentile = ROTTING_PERCENTILE } = {},
): number | null {
  if (staysInDays.length < minSample) return null;
  const sorted = [...staysInDays].sort((a, b) => a - b);
  // The nearest-rank percentile: the smallest stay with at least `percentile` of stays at or below it.
  const rank = Math.max(1, Math.ceil(percentile * sorted.length));
  return Math.max(1, Math.ceil(sorted[rank - 1]!));
}
