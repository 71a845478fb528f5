import { fastSigmoid } from './fastSigmoid';
import { meanLogLoss } from './meanLogLoss';

export type BoostTerm = {
  cells: number;
  train: Uint16Array;
  validation: Uint16Array;
  /** Fits one update from histograms; writes into delta. */
  fit: (G: Float64Array, H: Float64Array, C: Float64Array, delta: Float64Array) => void;
};

export type BoostInput = {
  terms: BoostTerm[];
  /** Starting logits (copied, not changed). */
  trainLogits: Float64Array;
  trainLabels: Uint8Array;
  validationLogits: Float64Array;
  validationLabels: Uint8Array;
  maxRounds: number;
  patience: number;
};

export type BoostResult = { tables: Float64Array[]; rounds: number; validationLoss: number };

/**
 * Cyclic gradient boosting on the logistic loss: each round visits every term in turn and
 * applies its update before the next term sees the gradients. Keeps the tables of the round
 * with the best validation loss and stops after `patience` rounds without improvement.
 * The update pass of one term also builds the histograms of the next, so each term costs
 * one pass over the training rows.
 */
export function boostTerms(input: BoostInput): BoostResult {
  const { terms, trainLabels: y, validationLabels: yv, maxRounds, patience } = input;
  const F = Float64Array.from(input.trainLogits);
  const Fv = Float64Array.from(input.validationLogits);
  const n = F.length;
  const m = terms.length;
  const tables = terms.map((t) => new Float64Array(t.cells));
  const best = tables.map((t) => Float64Array.from(t));
  const result = { tables: best, rounds: 0, validationLoss: meanLogLoss(Fv, yv) };
  if (m === 0 || n === 0) return result;
  const G = terms.map((t) => new Float64Array(t.cells));
  const H = terms.map((t) => new Float64Array(t.cells));
  const C = terms.map((t) => {
    const c = new Float64Array(t.cells);
    for (let i = 0; i < n; i++) c[t.train[i]!]! += 1;
    return c;
  });
  const deltas = terms.map((t) => new Float64Array(t.cells));
  const first = terms[0]!.train;
  for (let i = 0; i < n; i++) {
    const p = fastSigmoid(F[i]!);
    G[0]![first[i]!]! += p - y[i]!;
    H[0]![first[i]!]! += p * (1 - p);
  }
  for (let round = 1; round <= maxRounds; round++) {
    for (let t = 0; t < m; t++) {
      const term = terms[t]!;
      const delta = deltas[t]!;
      term.fit(G[t]!, H[t]!, C[t]!, delta);
      const next = (t + 1) % m;
      const Gn = G[next]!.fill(0);
      const Hn = H[next]!.fill(0);
      const col = term.train;
      const nextCol = terms[next]!.train;
      for (let i = 0; i < n; i++) {
        const f = F[i]! + delta[col[i]!]!;
        F[i] = f;
        const p = fastSigmoid(f);
        const b = nextCol[i]!;
        Gn[b]! += p - y[i]!;
        Hn[b]! += p * (1 - p);
      }
      const vcol = term.validation;
      for (let i = 0; i < Fv.length; i++) Fv[i]! += delta[vcol[i]!]!;
      const table = tables[t]!;
      for (let b = 0; b < term.cells; b++) table[b]! += delta[b]!;
    }
    const loss = meanLogLoss(Fv, yv);
    if (loss < result.validationLoss) {
      result.validationLoss = loss;
      result.rounds = round;
      tables.forEach((t, k) => best[k]!.set(t));
    } else if (round - result.rounds >= patience) break;
  }
  return result;
}
