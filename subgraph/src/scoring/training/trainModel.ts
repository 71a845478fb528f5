import { addTable } from '../model/addTable';
import { binCount } from '../model/binCount';
import { numericBin } from '../model/binValue';
import type { BoostOptions, Split, TrainingData } from './boostMains';
import {
  runBagJob,
  type BagJob,
  type BagResult,
  type LinearFit,
  type MainsFit,
  type PairsFit,
} from './bagJobs';
import { centreTerms } from './centreTerms';
import { coarsenColumn, expandPairTable, type CoarseColumn } from './coarsenColumn';
import { createRng } from './createRng';
import { fitBinnedColumn } from './fitBinning';
import { linearInputs, linearWeightCount, MAX_LINEAR_WEIGHTS } from './fitLinear';
import { applyPlatt } from './applyPlatt';
import { fitPlatt } from './fitPlatt';
import { meanLogLoss } from './meanLogLoss';
import { pairColumn } from '../model/pairColumn';
import { rankPairs } from './rankPairs';
import { expandGridTable, shiftedGrid } from './shiftedGrid';
import { stratifiedSplit } from './stratifiedSplit';
import type { Dataset, Model, ModelMeta } from '../model/types';
import { validateDataset } from './validateDataset';
import { autoSettings, type SizeSettings } from './autoSettings';

export type TrainOptions = {
  seed?: number;
  /** Default: by training rows (see `autoSettings`), as are the bins, patience and bags. */
  learningRate?: number;
  maxRounds?: number;
  /** Rounds without a better validation loss before stopping. */
  patience?: number;
  /** Share of each bag's rows held out; default by training rows (0.2, 0.15 from 5,000). */
  validationFraction?: number;
  /** Outer bags (each with its own validation split), averaged. */
  bags?: number;
  /** Most pair interactions to boost (chosen by FAST gain, kept if they help on validation). */
  maxPairs?: number;
  /** Most bins per feature inside a pair table (see `coarsenColumn`). */
  maxPairBins?: number;
  /** A pair is kept only if removing it raises validation log loss by more than this. */
  minPairGain?: number;
  maxBins?: number;
  /**
   * Numbers are binned `gridShifts` times finer than `maxBins` and each bag boosts its main
   * effects on `maxBins` groups of those bins, the groups shifted from bag to bag, so the averaged
   * shapes have finer steps than any one bag fits (ADR 058). Pairs are cut from the `maxBins`
   * bins as without it. 1: off. Default: by training rows (see `autoSettings`).
   */
  gridShifts?: number;
  minCategoryCount?: number;
  /** Default: 1 row per 1000, between 4 and 50. */
  minSamplesLeaf?: number;
  /** L2 penalty of a leaf's Newton step; default by training rows (30 below 1,500, else 10). */
  lambda?: number;
  /**
   * In each boosting round a main term is updated only if its gain is at least this share of the
   * previous round's best gain (0: every term every round). See `boostTerms` and ADR 042.
   */
  minGainShare?: number;
  calibrate?: boolean;
  /**
   * Blend a ridge logistic regression on the bins (`fitLinear`) into the boosted tables, with the
   * weight that gives the lowest out-of-bag log loss (none when no weight beats the boosted model
   * alone); the model stays one table per feature and pair. ADR 052.
   */
  linear?: boolean;
  /**
   * Try a few settings (smoother leaves, finer bins) besides the defaults and keep the one with
   * the lowest out-of-bag log loss; only settings not given in the options are searched. Off by
   * default: on the benchmark suite it cost three times the training time and did not beat the
   * size-based defaults beyond fold noise (see ADR 013).
   */
  search?: boolean;
  target?: ModelMeta['target'];
};

export const defaultTrainOptions = {
  seed: 1,
  maxRounds: 3000,
  minPairGain: 2e-4,
  minCategoryCount: 5,
  // ADR 042: with 0.3 (and the size defaults of that record) the suite's mean AUC - best peer
  // went from -0.0007 to +0.0015.
  minGainShare: 0.3,
  calibrate: true,
  linear: true,
} satisfies TrainOptions;

/** The blend weights of the linear stage tried against the boosted model alone (weight 0). */
const LINEAR_WEIGHT_STEP = 0.1;
const LINEAR_WEIGHTS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
/** A blend must lower the out-of-bag log loss by more than this to be used. */
const MIN_LINEAR_GAIN = 1e-4;
/** The most pairs a model is offered, as a multiple of `maxPairs`, when it keeps all it is given. */
const MAX_PAIR_GROWTH = 4;

type Settings = typeof defaultTrainOptions & SizeSettings & Pick<TrainOptions, 'target'>;

/** Trains an additive model (EBM / GA2M family); deterministic for a given seed. */
export function trainModel(dataset: Dataset, options: TrainOptions = {}): Model {
  const steps = trainingSteps(dataset, options);
  let step = steps.next();
  while (!step.done) step = steps.next(step.value.map(runBagJob));
  return step.value;
}

/**
 * Training as a sequence of batches of bag jobs: each `yield` hands out one job per bag and gets
 * their results back in the same order. `trainModel` runs them on this thread,
 * `trainModelInThreads` on a worker pool; the model is the same either way.
 */
export function* trainingSteps(
  dataset: Dataset,
  options: TrainOptions = {},
): Generator<BagJob[], Model, BagResult[]> {
  validateDataset(dataset);
  const given = Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as TrainOptions;
  const base: Settings = {
    ...defaultTrainOptions,
    ...autoSettings(dataset.rows.length),
    ...given,
  } as Settings;
  const search = given.search ?? false;
  const variants = search ? searchVariants(base, given) : [base];
  const labels = Uint8Array.from(dataset.labels);
  const binnedBy = new Map<number, ReturnType<typeof binDataset>>();
  let best: { fit: EnsembleFit; o: Settings; binned: ReturnType<typeof binDataset> } | null = null;
  for (const o of variants) {
    const key = (o.maxBins * 1000 + o.minCategoryCount) * 1000 + o.gridShifts;
    if (!binnedBy.has(key)) binnedBy.set(key, binDataset(dataset, o));
    const binned = binnedBy.get(key)!;
    const fit = yield* ensembleSteps({ ...binned.data, labels }, binned.pairBase, o);
    if (!best || fit.outOfBagLoss < best.fit.outOfBagLoss - 1e-12) best = { fit, o, binned };
  }
  const { fit, o, binned } = best!;
  const blend = o.linear ? yield* linearSteps(dataset, binned.data, fit, labels) : null;
  return assemble(dataset, binned, fit, o, variants.length, blend);
}

type LinearBlend = {
  weight: number;
  intercept: number;
  tables: Float64Array[];
  outOfBag: { z: number[]; y: number[] };
  outOfBagLoss: number;
};

/**
 * The linear stage: a ridge logistic regression per bag on the bag's training rows, and the blend
 * weight chosen on the rows each bag held out. Logistic regression wins on data whose effects are
 * close to linear and few rows (a step function of 16 bins fitted on 200 rows is noisy there);
 * averaging the two keeps what each gets right. Weight 0 (no blend) unless a blend lowers the
 * out-of-bag log loss, each side taken with its best Platt calibration.
 */
function* linearSteps(
  dataset: Dataset,
  binned: Omit<TrainingData, 'labels'>,
  fit: EnsembleFit,
  labels: Uint8Array,
): Generator<BagJob[], LinearBlend | null, BagResult[]> {
  const inputs = linearInputs(dataset, binned.columns, binned.binCounts);
  // Categories of hundreds of values each: the dense Newton system would be too large to solve.
  if (linearWeightCount(inputs, binned.binCounts) > MAX_LINEAR_WEIGHTS) return null;
  const data = { ...binned, labels };
  const fits = (yield fit.splits.map((split): BagJob => ({
    kind: 'linear',
    data,
    split,
    inputs,
  }))) as LinearFit[];
  const logits = fits.map((f) => {
    const out = new Float64Array(labels.length).fill(f.intercept);
    f.tables.forEach((table, j) => addTable(out, binned.columns[j]!, table));
    return out;
  });
  const linear = outOfBagLogits(logits, fit.splits, labels).z;
  const { z, y } = fit.outOfBag;
  const blend = (weight: number) => z.map((x, i) => (1 - weight) * x + weight * linear[i]!);
  let best = { weight: 0, loss: plattChoice(z, y).loss };
  const alone = best.loss;
  for (const weight of LINEAR_WEIGHTS) {
    const { loss } = plattChoice(blend(weight), y);
    if (loss < best.loss) best = { weight, loss };
  }
  if (best.weight === 0 || alone - best.loss <= MIN_LINEAR_GAIN) return null;
  // The boosted side's out-of-bag logits are optimistic: each bag stopped at the round that was
  // best on the very rows that give it its out-of-bag logits, which the linear side never saw. So
  // the optimum above leans to the boosted side; the blend takes one step more of the linear one.
  const weight = Math.min(
    Math.round((best.weight + LINEAR_WEIGHT_STEP) * 10) / 10,
    LINEAR_WEIGHTS.at(-1)!,
  );
  const blended = blend(weight);
  return {
    weight,
    intercept: mean(fits.map((f) => f.intercept)),
    tables: binned.columns.map((_, j) => meanTable(fits.map((f) => f.tables[j]!))),
    outOfBag: { z: blended, y },
    outOfBagLoss: meanLogLoss(blended, y),
  };
}

/** The settings tried by the inner search: the defaults, smoother leaves, finer bins. */
function searchVariants(base: Settings, given: TrainOptions): Settings[] {
  const variants = [base];
  if (given.minSamplesLeaf === undefined) {
    variants.push({ ...base, minSamplesLeaf: Math.round(base.minSamplesLeaf * 2.5) });
  }
  if (given.maxBins === undefined && given.maxPairBins === undefined) {
    variants.push({
      ...base,
      maxBins: Math.min(base.maxBins * 2, 255),
      maxPairBins: Math.min(base.maxPairBins * 2, 64),
    });
  }
  return variants;
}

/** What a bag's boosting reads: plain numbers, as sent to a worker thread. */
function boostOptions(o: Settings): BoostOptions {
  const { learningRate, lambda, minSamplesLeaf, maxRounds, patience, minGainShare } = o;
  return { learningRate, lambda, minSamplesLeaf, maxRounds, patience, minGainShare };
}

/** The grid shifts in effect: a whole number above 1, else 1 (off). */
function gridShifts(o: Settings): number {
  return Number.isInteger(o.gridShifts) && o.gridShifts > 1 ? o.gridShifts : 1;
}

function binDataset(dataset: Dataset, o: Settings) {
  const shifts = gridShifts(o);
  const model = { ...o, maxBins: Math.min(o.maxBins * shifts, 255) };
  const fitted = dataset.features.map((spec, j) => fitBinnedColumn(spec, dataset.rows, j, model));
  const binnings = fitted.map((f) => f.binning);
  const binCounts = binnings.map(binCount);
  // The bins pairs are cut from: the `maxBins` bins of a number (its model bins nest in them, as
  // both are quantile cuts at shares that nest), a category's own bins.
  const base = dataset.features.map((spec, j) => {
    const binning = binnings[j]!;
    if (shifts === 1 || binning.kind !== 'numeric') {
      return { column: fitted[j]!.column, bins: binCounts[j]!, of: null };
    }
    const coarse = fitBinnedColumn(spec, dataset.rows, j, o);
    const edges = (coarse.binning as { edges: number[] }).edges;
    const of = Uint8Array.from({ length: binCounts[j]! }, (_, b) =>
      b <= 1 ? b : numericBin(binning.edges[b - 2]!, edges),
    );
    return { column: coarse.column, bins: edges.length + 2, of };
  });
  return {
    fitted,
    binnings,
    data: {
      columns: fitted.map((f) => f.column),
      binCounts,
      kinds: dataset.features.map((f) => f.kind),
    },
    pairBase: base,
  };
}

/** Where the pair stage cuts a feature: its column of `maxBins` bins and each model bin's bin. */
type PairBase = { column: Uint8Array; bins: number; of: Uint8Array | null }[];

type EnsembleFit = {
  splits: Split[];
  mains: MainsFit[];
  pairFits: PairsFit[];
  candidates: [number, number][];
  cells: Uint16Array[];
  kept: number[];
  outOfBag: { z: number[]; y: number[] };
  outOfBagLoss: number;
};

/**
 * Outer bags on one setting: mains boosted per bag, pairs ranked on the bagged main effects and
 * boosted per bag on each bag's main logits, pairs kept only if they help on the bags' held-out
 * rows. Returns the pieces of the model and the out-of-bag log loss that compares settings.
 */
function* ensembleSteps(
  data: TrainingData,
  pairBase: PairBase,
  o: Settings,
): Generator<BagJob[], EnsembleFit, BagResult[]> {
  const { columns, labels } = data;
  const boost = boostOptions(o);
  const splits = Array.from({ length: o.bags }, (_, bag) =>
    stratifiedSplit(labels, o.validationFraction, createRng((o.seed + bag * 0x9e3779b9) >>> 0)),
  );
  const grids = bagGrids(data, o);
  const mainFits = (yield splits.map((split, k): BagJob => ({
    kind: 'mains',
    data: grids[k % grids.length]!.data,
    split,
    opts: boost,
  }))) as MainsFit[];
  // Each bag's tables over its grid's groups, spread back over the model's bins.
  const mains = mainFits.map((fit, k) => {
    const { of } = grids[k % grids.length]!;
    const tables = fit.tables.map((t, j) => (of[j] ? expandGridTable(t, of[j]) : t));
    return { ...fit, tables };
  });
  const mainLogits = mains.map((m) => {
    const out = new Float64Array(labels.length).fill(m.intercept);
    m.tables.forEach((table, j) => addTable(out, columns[j]!, table));
    return out;
  });
  const coarse = pairBase.map((base, j) => {
    const cut = coarsenColumn(base.column, base.bins, data.kinds[j]!, o.maxPairBins);
    return base.of ? { ...cut, of: base.of.map((b) => cut.of[b]!) } : cut;
  });
  const pairData: TrainingData = {
    ...data,
    columns: coarse.map((c) => c.column),
    binCounts: coarse.map((c) => c.bins),
  };
  const ranked =
    o.maxPairs > 0
      ? rankPairs(
          pairData.columns,
          pairData.binCounts,
          pairData.kinds,
          average(mainLogits),
          labels,
          boost,
        ).map((c) => c.features)
      : [];
  // When every candidate earns its place on the held-out rows, the data supports more pairs than
  // were offered: the pair stage runs again with twice as many, up to MAX_PAIR_GROWTH times
  // `maxPairs` (ADR 079). A stage that drops any candidate is the last.
  let offered = Math.min(o.maxPairs, ranked.length);
  for (;;) {
    const stage = yield* pairStage(ranked.slice(0, offered), pairData, coarse, data, splits, {
      mainLogits,
      boost,
      o,
    });
    const more = Math.min(offered * 2, o.maxPairs * MAX_PAIR_GROWTH, ranked.length);
    if (stage.kept.length < offered || more <= offered) {
      const outOfBag = outOfBagLogits(stage.fullLogits, splits, labels);
      return {
        splits,
        mains,
        ...stage,
        outOfBag,
        outOfBagLoss: meanLogLoss(outOfBag.z, outOfBag.y),
      };
    }
    offered = more;
  }
}

/**
 * Boosts `candidates` per bag on each bag's main logits and keeps a pair only if taking it out of
 * the model raises the bags' validation log loss by more than `minPairGain`.
 */
function* pairStage(
  candidates: [number, number][],
  pairData: TrainingData,
  coarse: CoarseColumn[],
  data: TrainingData,
  splits: Split[],
  { mainLogits, boost, o }: { mainLogits: Float64Array[]; boost: BoostOptions; o: Settings },
): Generator<
  BagJob[],
  Pick<EnsembleFit, 'pairFits' | 'candidates' | 'cells' | 'kept'> & { fullLogits: Float64Array[] },
  BagResult[]
> {
  const { columns, binCounts, labels } = data;
  const boosted = (yield splits.map((split, k): BagJob => ({
    kind: 'pairs',
    data: pairData,
    split,
    pairs: candidates,
    logits: mainLogits[k]!,
    opts: boost,
  }))) as PairsFit[];
  const pairFits = boosted.map((fit) => {
    const tables = fit.tables.map((t, p) =>
      expandPairTable(t, coarse[candidates[p]![0]]!, coarse[candidates[p]![1]]!),
    );
    return { ...fit, tables };
  });
  const cells = candidates.map(([a, b]) => pairColumn(columns[a]!, columns[b]!, binCounts[b]!));
  const fullLogits = mainLogits.map((base, k) => {
    const out = Float64Array.from(base);
    candidates.forEach((_, p) => addTable(out, cells[p]!, pairFits[k]!.tables[p]!));
    return out;
  });
  // A pair stays if taking it out of the model raises the validation log loss enough.
  const kept = candidates
    .map((_, p) => p)
    .filter((p) => {
      let gain = 0;
      splits.forEach(({ validation }, k) => {
        const full = pick(fullLogits[k]!, validation);
        const without = full.map(
          (x, v) => x - pairFits[k]!.tables[p]![cells[p]![validation[v]!]!]!,
        );
        const y = pick(labels, validation);
        gain += meanLogLoss(without, y) - meanLogLoss(full, y);
      });
      if (gain / splits.length > o.minPairGain) return true;
      splits.forEach((_, k) =>
        addTable(
          fullLogits[k]!,
          cells[p]!,
          pairFits[k]!.tables[p]!.map((x) => -x),
        ),
      );
      return false;
    });
  return { pairFits, candidates, cells, kept, fullLogits };
}

/**
 * The data each bag's main effects are boosted on: with grid shifts, one grid per shift (bag k
 * takes shift k mod gridShifts), a number's model bins grouped by `shiftedGrid`; `of[j]` maps the
 * model bins of feature j to the groups (null: the model's own bins).
 */
function bagGrids(data: TrainingData, o: Settings) {
  const shifts = gridShifts(o);
  if (shifts === 1) return [{ data, of: data.columns.map(() => null) }];
  return Array.from({ length: Math.min(shifts, o.bags) }, (_, r) => {
    const grid = data.columns.map((column, j) =>
      data.kinds[j] === 'numeric'
        ? shiftedGrid(column, data.binCounts[j]!, o.maxBins, r / shifts)
        : null,
    );
    const of = grid.map((g) => g?.of ?? null);
    return {
      of,
      data: {
        ...data,
        columns: data.columns.map((column, j) => (of[j] ? column.map((b) => of[j]![b]!) : column)),
        binCounts: data.binCounts.map((bins, j) => grid[j]?.bins ?? bins),
      },
    };
  });
}

function assemble(
  dataset: Dataset,
  binned: ReturnType<typeof binDataset>,
  fit: EnsembleFit,
  o: Settings,
  searched: number,
  blend: LinearBlend | null,
): Model {
  const { features } = dataset;
  const { fitted, binnings } = binned;
  const { columns, binCounts } = binned.data;
  const { mains, pairFits, candidates, cells, kept } = fit;
  const labels = dataset.labels;
  const w = blend?.weight ?? 0;
  // With a linear blend every boosted table is scaled by 1 - w and the linear tables by w; without
  // one nothing is touched, so the model is bit for bit the boosted ensemble.
  const scaled = (table: Float64Array) => (blend ? table.map((x) => (1 - w) * x) : table);
  const intercept = blend
    ? (1 - w) * mean(mains.map((m) => m.intercept)) + w * blend.intercept
    : mean(mains.map((m) => m.intercept));
  const mainTables = features.map((_, j) => {
    const table = scaled(meanTable(mains.map((m) => m.tables[j]!)));
    if (blend) blend.tables[j]!.forEach((x, b) => (table[b]! += w * x));
    return table;
  });
  const pairTables = kept.map((p) => scaled(meanTable(pairFits.map((f) => f.tables[p]!))));
  const counts = columns.map((col, j) => histogram(col, binCounts[j]!));
  const pairCounts = kept.map((p, q) => histogram(cells[p]!, pairTables[q]!.length));
  const b0 = centreTerms(intercept, [
    ...mainTables.map((scores, j) => ({ scores, counts: counts[j]! })),
    ...pairTables.map((scores, q) => ({ scores, counts: pairCounts[q]! })),
  ]);

  const outOfBag = blend?.outOfBag ?? fit.outOfBag;
  const calibration = o.calibrate ? plattChoice(outOfBag.z, outOfBag.y).calibration : null;
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  const model: Model = {
    format: 'additive-model/v1',
    kind: 'trained',
    intercept: b0,
    terms: features.map((feature, j) => ({
      feature: { ...feature },
      binning: binnings[j]!,
      scores: Array.from(mainTables[j]!),
      counts: Array.from(counts[j]!),
      display: fitted[j]!.display,
    })),
    pairs: kept.map((p, q) => ({ features: candidates[p]!, scores: Array.from(pairTables[q]!) })),
    meta: {
      seed: o.seed,
      trainRows: labels.length,
      positiveRate: positives / labels.length,
      bags: o.bags,
      mainRounds: mains.map((m) => m.rounds),
      pairRounds: pairFits.map((f) => f.rounds),
      learningRate: o.learningRate,
      calibration: null,
      settings: {
        maxBins: o.maxBins,
        maxPairBins: o.maxPairBins,
        minSamplesLeaf: o.minSamplesLeaf,
        lambda: o.lambda,
        patience: o.patience,
        minGainShare: o.minGainShare,
        maxPairs: o.maxPairs,
        pairsOffered: candidates.length,
        ...(gridShifts(o) > 1 ? { gridShifts: gridShifts(o) } : {}),
        validationFraction: o.validationFraction,
        searched,
        outOfBagLogLoss: blend?.outOfBagLoss ?? fit.outOfBagLoss,
        ...(blend ? { linearWeight: blend.weight } : {}),
      },
      ...(o.target ? { target: o.target } : {}),
    },
  };
  return calibration ? applyPlatt(model, calibration) : model;
}

/** Each row's logit averaged over the bags that held it out (rows never held out are left out). */
function outOfBagLogits(
  fullLogits: Float64Array[],
  splits: { validation: Int32Array }[],
  labels: Uint8Array,
): { z: number[]; y: number[] } {
  const sum = new Float64Array(labels.length);
  const seen = new Float64Array(labels.length);
  splits.forEach(({ validation }, k) => {
    for (const i of validation) {
      sum[i]! += fullLogits[k]![i]!;
      seen[i]! += 1;
    }
  });
  const z: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (seen[i]! > 0) {
      z.push(sum[i]! / seen[i]!);
      y.push(labels[i]!);
    }
  }
  return { z, y };
}

/**
 * Platt scaling on out-of-bag logits, applied only when it lowers their log loss noticeably; and
 * the log loss the model would then have on them (with the calibration, or without it).
 */
function plattChoice(
  z: number[],
  y: number[],
): { calibration: { a: number; c: number } | null; loss: number } {
  const { a, c } = fitPlatt(z, y);
  const before = meanLogLoss(z, y);
  const after = meanLogLoss(
    z.map((x) => a + c * x),
    y,
  );
  return before - after > 1e-4 && c > 0
    ? { calibration: { a, c }, loss: after }
    : { calibration: null, loss: before };
}

function pick(values: ArrayLike<number>, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}

function histogram(column: ArrayLike<number>, size: number): Float64Array {
  const out = new Float64Array(size);
  for (let i = 0; i < column.length; i++) out[column[i]!]! += 1;
  return out;
}

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function meanTable(tables: Float64Array[]): Float64Array {
  const out = new Float64Array(tables[0]!.length);
  for (const t of tables) for (let b = 0; b < out.length; b++) out[b]! += t[b]! / tables.length;
  return out;
}

function average(arrays: Float64Array[]): Float64Array {
  return meanTable(arrays);
}
