import type { Dataset } from '../model/types';
import { toNumber } from '../model/toNumber';
import type { Split, TrainingData } from './boostMains';

/** Ridge penalty of the linear stage: ½ Σ w² against the summed log loss (scikit-learn's C = 1). */
export const LINEAR_LAMBDA = 1;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;
/**
 * Rows the linear stage reads at most (every k-th row beyond): a few dozen weights are as well
 * determined by 20,000 rows as by 100,000, and the Newton passes cost (features + 1)² / 2 a row.
 */
export const MAX_LINEAR_ROWS = 20_000;

/** Every k-th of `count` rows, so that at most MAX_LINEAR_ROWS are read. */
function strideOf(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_LINEAR_ROWS));
}

/**
 * What the linear stage reads of each feature: for a number, the standardised value of each of
 * its bins (the mean of the training values in the bin, minus the feature's mean, over its
 * standard deviation; 0 for the missing bin, as a mean imputation); for a category, null (a weight
 * per bin, as one-hot columns give a logistic regression).
 */
export type LinearInputs = (Float64Array | null)[];

/**
 * The standardised value of each bin of each numeric feature, from the training rows (at most
 * MAX_LINEAR_ROWS of them, evenly spaced) and their bins. A bin no row fell in (rare: the bins
 * are cut on these rows) takes its neighbours' mean.
 */
export function linearInputs(
  dataset: Dataset,
  columns: readonly Uint8Array[],
  binCounts: readonly number[],
): LinearInputs {
  return dataset.features.map((feature, j) => {
    if (feature.kind !== 'numeric') return null;
    const bins = binCounts[j]!;
    const sum = new Float64Array(bins);
    const count = new Float64Array(bins);
    let total = 0;
    let squares = 0;
    let n = 0;
    const column = columns[j]!;
    const stride = strideOf(dataset.rows.length);
    for (let i = 0; i < dataset.rows.length; i += stride) {
      const x = toNumber(dataset.rows[i]![j]);
      if (Number.isNaN(x)) continue;
      sum[column[i]!]! += x;
      count[column[i]!]! += 1;
      total += x;
      squares += x * x;
      n++;
    }
    const values = new Float64Array(bins);
    if (n === 0) return values;
    const mean = total / n;
    const sd = Math.sqrt(Math.max(squares / n - mean * mean, 0));
    if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) return values;
    // Bin 0 is the missing bin: 0, the mean. Empty value bins borrow from their neighbours.
    const means: (number | null)[] = Array.from({ length: bins }, (_, b) =>
      b > 0 && count[b]! > 0 ? sum[b]! / count[b]! : null,
    );
    for (let b = 1; b < bins; b++) {
      let x = means[b];
      if (x == null) {
        const before = means.slice(1, b).findLast((v) => v != null);
        const after = means.slice(b + 1).find((v) => v != null);
        x = before != null && after != null ? (before + after) / 2 : (before ?? after ?? mean);
      }
      values[b] = (x - mean) / sd;
    }
    return values;
  });
}

/** Most weights the linear stage fits (its Newton steps solve a dense system of this size). */
export const MAX_LINEAR_WEIGHTS = 1_000;

/** How many weights the linear stage has: one per number, one per bin of a category. */
export function linearWeightCount(inputs: LinearInputs, binCounts: readonly number[]): number {
  return inputs.reduce((sum, values, j) => sum + (values ? 1 : binCounts[j]!), 0);
}

/**
 * A ridge logistic regression on one bag's training rows (at most MAX_LINEAR_ROWS of them),
 * written as one table per feature so it adds to the boosted tables: a number contributes
 * w · (its bin's standardised value), a category a weight per bin (one-hot). Newton's method (iteratively reweighted least squares) on the
 * penalised log loss, the intercept unpenalised, with step halving; each row touches one weight per
 * feature, so the Hessian costs (features + 1)² / 2 a row. Deterministic for a given job.
 */
export function fitLinear(data: TrainingData, split: Split, inputs: LinearInputs) {
  const stride = strideOf(split.train.length);
  const rows = stride === 1 ? split.train : split.train.filter((_, r) => r % stride === 0);
  const n = rows.length;
  const features = inputs.length;
  // Weight 0 is the intercept; then each feature's slope or its bins' weights.
  const offsets: number[] = [];
  let size = 1;
  for (let j = 0; j < features; j++) {
    offsets.push(size);
    size += inputs[j] ? 1 : data.binCounts[j]!;
  }
  // Per row: which weight each feature touches and with what value (1 for a category's bin).
  const index = new Int32Array(n * (features + 1));
  const value = new Float64Array(n * (features + 1));
  const y = new Float64Array(n);
  let positives = 0;
  for (let r = 0; r < n; r++) {
    const i = rows[r]!;
    positives += y[r] = data.labels[i]!;
    const at = r * (features + 1);
    index[at] = 0;
    value[at] = 1;
    for (let j = 0; j < features; j++) {
      const bin = data.columns[j]![i]!;
      const values = inputs[j];
      index[at + j + 1] = values ? offsets[j]! : offsets[j]! + bin;
      value[at + j + 1] = values ? values[bin]! : 1;
    }
  }
  const weights = new Float64Array(size);
  const rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
  weights[0] = Math.log(rate / (1 - rate));
  const z = new Float64Array(n);
  const logits = (w: Float64Array) => {
    for (let r = 0; r < n; r++) {
      let sum = 0;
      for (let k = r * (features + 1), end = k + features + 1; k < end; k++) {
        sum += w[index[k]!]! * value[k]!;
      }
      z[r] = sum;
    }
  };
  const objective = (w: Float64Array) => {
    logits(w);
    let loss = 0;
    for (let r = 0; r < n; r++) {
      const f = z[r]!;
      loss += Math.max(f, 0) + Math.log1p(Math.exp(-Math.abs(f))) - y[r]! * f;
    }
    for (let k = 1; k < size; k++) loss += 0.5 * LINEAR_LAMBDA * w[k]! ** 2;
    return loss;
  };
  let current = objective(weights);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    // z holds the logits of `weights` here
    const gradient = new Float64Array(size);
    const hessian = new Float64Array(size * size);
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-z[r]!));
      const residual = p - y[r]!;
      const curvature = p * (1 - p);
      const at = r * (features + 1);
      for (let a = 0; a <= features; a++) {
        const ia = index[at + a]!;
        const va = value[at + a]!;
        gradient[ia]! += residual * va;
        const cva = curvature * va;
        for (let b = a; b <= features; b++) {
          const ib = index[at + b]!;
          // lower triangle: row max(ia, ib), column min(ia, ib)
          if (ib >= ia) hessian[ib * size + ia]! += cva * value[at + b]!;
          else hessian[ia * size + ib]! += cva * value[at + b]!;
        }
      }
    }
    hessian[0]! += 1e-9;
    for (let k = 1; k < size; k++) {
      gradient[k]! += LINEAR_LAMBDA * weights[k]!;
      hessian[k * size + k]! += LINEAR_LAMBDA;
    }
    const step = choleskySolve(hessian, gradient, size);
    if (!step) break;
    let scale = 1;
    const next = new Float64Array(size);
    let loss = Infinity;
    for (; scale > 1e-6; scale /= 2) {
      for (let k = 0; k < size; k++) next[k] = weights[k]! - scale * step[k]!;
      loss = objective(next);
      if (loss <= current) break;
    }
    if (!(loss <= current)) break;
    let moved = 0;
    for (let k = 0; k < size; k++) moved = Math.max(moved, Math.abs(next[k]! - weights[k]!));
    weights.set(next);
    current = loss;
    if (moved < TOLERANCE) {
      iterations++;
      break;
    }
  }
  const tables = inputs.map((values, j) =>
    values
      ? values.map((v) => weights[offsets[j]!]! * v)
      : weights.slice(offsets[j], offsets[j]! + data.binCounts[j]!),
  );
  return { kind: 'linear' as const, intercept: weights[0], tables, iterations };
}

/**
 * Solves A x = b for a symmetric positive definite A given by its lower triangle (row-major,
 * n × n; overwritten by its Cholesky factor). null if A is not positive definite.
 */
function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array | null {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= a[j * n + k]! ** 2;
    if (!(d > 0)) return null;
    const l = Math.sqrt(d);
    a[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = s / l;
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let s = x[i]!;
    for (let k = 0; k < i; k++) s -= a[i * n + k]! * x[k]!;
    x[i] = s / a[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let k = i + 1; k < n; k++) s -= a[k * n + i]! * x[k]!;
    x[i] = s / a[i * n + i]!;
  }
  return x;
}
