type Signals = {
  healthScore?: number | null;
  activeUsers?: number | null;
  seats?: number | null;
  usageTrend?: number | null;
  employees?: number | null;
  annualRevenue?: string | null;
  mrr?: string | null;
};

const number = (value: string | null | undefined) =>
  value == null || value === '' ? null : Number(value);

/**
 * A customer's scoring features from its signals, computed as the scoring service computes them
 * (subgraph leadFeatures: seat utilisation is active users over seats, to two decimals).
 */
export function customerFeatureValues(signals: Signals): Record<string, number | null> {
  const { activeUsers, seats } = signals;
  return {
    healthScore: signals.healthScore ?? null,
    activeUsers: activeUsers ?? null,
    seats: seats ?? null,
    seatUtilisation:
      activeUsers != null && seats ? Math.round((activeUsers / seats) * 100) / 100 : null,
    usageTrend: signals.usageTrend ?? null,
    employees: signals.employees ?? null,
    annualRevenue: number(signals.annualRevenue),
    mrr: number(signals.mrr),
  };
}
