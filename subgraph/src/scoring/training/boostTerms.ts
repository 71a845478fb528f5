export type BoostTerm = {
  cells: number;
  train: Uint16Array;
  validation: Uint16Array;
  /** Fits one update from histograms; writes into delta and returns its gain. */
  fit: (G: Float64Array, H: Float64Array, C: Float64Array, delta: Float64Array) => number;
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
  /**
   * A term is updated in a round only if its gain is at least this share of the best gain of the
   * previous round (0: every term, every round). See `boostTerms`.
   */
  minGainShare?: number;
};

export type BoostResult = { tables: Float64Array[]; rounds: number; validationLoss: number };

/**
 * Cyclic gradient boosting on the logistic loss: each round visits every term in turn and
 * applies its update before the next term sees the gradients. Keeps the tables of the round
 * with the best validation loss and stops after `patience` rounds without improvement.
 * With `minGainShare`, a term whose update would gain less than that share of the previous
 * round's best gain is skipped for the round: on data with many weak or useless columns, plain
 * cyclic rounds fit noise in all of them at every round, so the validation loss turns up (and
 * boosting stops) while the strong columns are still under-fitted; skipping the weak ones lets
 * the strong ones reach their shape first, and the weak ones join as the best gains shrink.
 * The update pass of one term also builds the histograms of the next, so each term costs
 * one pass over the training rows. Rows carry their odds e^F rather than their logit F: an
 * update multiplies them by e^delta (one exp per distinct delta, not one per row), and the
 * probability is o / (1 + o).
 */
export function boostTerms(input: BoostInput): BoostResult {
  const { terms, trainLabels: y, validationLabels: yv, maxRounds, patience } = input;
  const odds = input.trainLogits.map(Math.exp);
  const validationOdds = input.validationLogits.map(Math.exp);
  const n = odds.length;
  const m = terms.length;
  const tables = terms.map((t) => new Float64Array(t.cells));
  const best = tables.map((t) => Float64Array.from(t));
  const result = { tables: best, rounds: 0, validationLoss: meanOddsLogLoss(validationOdds, yv) };
  if (m === 0 || n === 0) return result;
  const cells = (size = 1) => terms.map((t) => new Float64Array(t.cells * size));
  const [G, H, deltas, factors, lanes] = [cells(), cells(), cells(), cells(), cells(8)];
  const C = terms.map((t) => {
    const c = new Float64Array(t.cells);
    for (let i = 0; i < n; i++) c[t.train[i]!]! += 1;
    return c;
  });
  const share = input.minGainShare ?? 0;
  const gains = new Float64Array(m);
  let minGain = 0; // from the previous round's gains; none in the first round
  const noChange = new Float64Array(terms[0]!.cells).fill(1);
  passRows(odds, noChange, terms[0]!.train, terms[0]!.train, y, G[0]!, H[0]!, lanes[0]!);
  for (let round = 1; round <= maxRounds; round++) {
    for (let t = 0; t < m; t++) {
      const term = terms[t]!;
      const [delta, factor] = [deltas[t]!, factors[t]!];
      gains[t] = term.fit(G[t]!, H[t]!, C[t]!, delta);
      if (share > 0 && gains[t]! < minGain) delta.fill(0);
      exponentiate(delta, factor);
      const k = (t + 1) % m;
      passRows(odds, factor, term.train, terms[k]!.train, y, G[k]!, H[k]!, lanes[k]!);
      const column = term.validation;
      for (let i = 0; i < validationOdds.length; i++) {
        validationOdds[i] = clampOdds(validationOdds[i]! * factor[column[i]!]!);
      }
      const table = tables[t]!;
      for (let b = 0; b < term.cells; b++) table[b]! += delta[b]!;
    }
    let topGain = 0;
    for (let t = 0; t < m; t++) topGain = Math.max(topGain, gains[t]!);
    minGain = share * topGain;
    const loss = meanOddsLogLoss(validationOdds, yv);
    if (loss < result.validationLoss) {
      result.validationLoss = loss;
      result.rounds = round;
      tables.forEach((t, k) => best[k]!.set(t));
    } else if (round - result.rounds >= patience) break;
  }
  return result;
}

/**
 * Applies one term's update to every training row (odds times factor[bin]) and builds the next
 * term's gradient (G) and hessian (H) histograms from the new probabilities. Unrolled by four
 * rows, each adding into its own copy of the histograms (interleaved in `lanes`, summed at the
 * end): rows falling in the same bin would otherwise wait for each other's additions.
 */
function passRows(
  odds: Float64Array,
  factor: Float64Array,
  column: Uint16Array,
  nextColumn: Uint16Array,
  y: Uint8Array,
  G: Float64Array,
  H: Float64Array,
  lanes: Float64Array,
): void {
  lanes.fill(0);
  const n = odds.length;
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const o0 = clampOdds(odds[r]! * factor[column[r]!]!);
    const o1 = clampOdds(odds[r + 1]! * factor[column[r + 1]!]!);
    const o2 = clampOdds(odds[r + 2]! * factor[column[r + 2]!]!);
    const o3 = clampOdds(odds[r + 3]! * factor[column[r + 3]!]!);
    odds[r] = o0;
    odds[r + 1] = o1;
    odds[r + 2] = o2;
    odds[r + 3] = o3;
    const p0 = o0 / (1 + o0);
    const p1 = o1 / (1 + o1);
    const p2 = o2 / (1 + o2);
    const p3 = o3 / (1 + o3);
    const at0 = nextColumn[r]! * 8;
    const at1 = nextColumn[r + 1]! * 8 + 2;
    const at2 = nextColumn[r + 2]! * 8 + 4;
    const at3 = nextColumn[r + 3]! * 8 + 6;
    lanes[at0]! += p0 - y[r]!;
    lanes[at0 + 1]! += p0 * (1 - p0);
    lanes[at1]! += p1 - y[r + 1]!;
    lanes[at1 + 1]! += p1 * (1 - p1);
    lanes[at2]! += p2 - y[r + 2]!;
    lanes[at2 + 1]! += p2 * (1 - p2);
    lanes[at3]! += p3 - y[r + 3]!;
    lanes[at3 + 1]! += p3 * (1 - p3);
  }
  for (; r < n; r++) {
    const o = clampOdds(odds[r]! * factor[column[r]!]!);
    odds[r] = o;
    const p = o / (1 + o);
    const at = nextColumn[r]! * 8;
    lanes[at]! += p - y[r]!;
    lanes[at + 1]! += p * (1 - p);
  }
  for (let b = 0; b < G.length; b++) {
    const at = b * 8;
    G[b] = lanes[at]! + lanes[at + 2]! + lanes[at + 4]! + lanes[at + 6]!;
    H[b] = lanes[at + 1]! + lanes[at + 3]! + lanes[at + 5]! + lanes[at + 7]!;
  }
}

/** e^x for every x, one exp per run of equal values (a term's update has a few distinct values). */
function exponentiate(x: Float64Array, out: Float64Array): void {
  let last = NaN;
  let e = 1;
  for (let b = 0; b < x.length; b++) {
    if (x[b] !== last) {
      last = x[b]!;
      e = Math.exp(last);
    }
    out[b] = e;
  }
}

/** Keeps odds within e^±690, where o / (1 + o) still moves and o never becomes 0 or infinite. */
function clampOdds(o: number): number {
  return o > 1e300 ? 1e300 : o < 1e-300 ? 1e-300 : o;
}

/** Mean log loss from odds o = p / (1 - p): log(1 + o) for a negative, log(1 + 1/o) for a positive. */
function meanOddsLogLoss(odds: Float64Array, labels: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < odds.length; i++) {
    const o = odds[i]!;
    sum += Math.log1p(labels[i] ? 1 / o : o);
  }
  return odds.length ? sum / odds.length : 0;
}
