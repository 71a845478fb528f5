/** A raw feature value. `null`, `undefined`, `''` and `NaN` all mean "missing", which is a value of its own. */
export type RawValue = number | string | null | undefined;

export type FeatureKind = 'numeric' | 'categorical';

export type FeatureSpec = { name: string; label: string; kind: FeatureKind };

/** Rows hold one raw value per feature, in the order of `features`. Labels are 0 or 1. */
export type Dataset = {
  features: FeatureSpec[];
  rows: RawValue[][];
  labels: ArrayLike<number>;
};

/** How entity-specific code (e.g. leads read from the database) plugs into the engine. */
export type FeatureExtractor<T> = {
  features: FeatureSpec[];
  extract: (entity: T) => RawValue[];
};

/**
 * Bin layout. Numeric: bin 0 = missing, bins 1..edges.length+1 split at `edges`
 * (a value v goes right of an edge e when v >= e). Categorical: bin 0 = missing,
 * bin 1 = other (unseen or rare), bin 2+i = categories[i].
 */
export type Binning =
  { kind: 'numeric'; edges: number[] } | { kind: 'categorical'; categories: string[] };

export type MainTerm = {
  feature: FeatureSpec;
  binning: Binning;
  /** Logit contribution per bin. */
  scores: number[];
  /** Training rows per bin (support); bins with 0 are never suggested as improvements. */
  counts: number[];
  /** Human text per bin, e.g. "10–49", "Month-to-month", "missing". */
  display: string[];
};

/** A pair interaction; scores[binA * binCount(b) + binB]. */
export type PairTerm = { features: [number, number]; scores: number[] };

export type ModelMeta = {
  seed: number | null;
  trainRows: number;
  positiveRate: number;
  bags: number;
  mainRounds: number[];
  pairRounds: number[];
  learningRate: number;
  /** Platt scaling folded into the model: logit' = a + c * logit. */
  calibration: { a: number; c: number } | null;
  /** The settings training used (chosen by data size and the inner search); absent in older models. */
  settings?: TrainingSettings;
  target?: { column: string; positive: string };
  notes?: string;
};

export type TrainingSettings = {
  maxBins: number;
  maxPairBins: number;
  minSamplesLeaf: number;
  lambda: number;
  patience: number;
  /** Main terms updated in a round only above this share of the best gain (absent: 0, before ADR 042). */
  minGainShare?: number;
  /** Most pairs boosted (absent in models saved before ADR 042). */
  maxPairs?: number;
  /**
   * Pairs the last pair stage was offered: more than `maxPairs` when a stage kept every pair it
   * was given (ADR 079). Absent in models saved before.
   */
  pairsOffered?: number;
  /** Bin grids the bags' main effects were boosted on (ADR 058); absent: one. */
  gridShifts?: number;
  /** Share of each bag's rows held out for early stopping and out-of-bag checks (ADR 059); absent: 0.2. */
  validationFraction?: number;
  /** How many settings the inner search compared (1 = no search). */
  searched: number;
  /** Out-of-bag log loss of the chosen setting (with the linear blend, if any), before calibration. */
  outOfBagLogLoss: number;
  /**
   * Weight of the linear stage blended into the tables (ADR 052): each boosted table times
   * 1 - weight plus a ridge logistic regression's table times weight. Absent: no blend.
   */
  linearWeight?: number;
};

export type Model = {
  format: 'additive-model/v1';
  kind: 'trained' | 'prior';
  intercept: number;
  terms: MainTerm[];
  pairs: PairTerm[];
  meta: ModelMeta;
};

/** Column-major bin indices, one Uint8Array per main term. */
export type BinnedColumns = { rowCount: number; columns: Uint8Array[] };

export type Metrics = {
  n: number;
  positives: number;
  auc: number;
  prAuc: number;
  logLoss: number;
  ece: number;
  lift10: number;
};
