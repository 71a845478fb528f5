import type { FeatureKind } from '../model/types';
import type { UpdateOptions } from './fitMainUpdate';

/** Bins per feature (cell a * nB + b); a categorical feature's bins have no order of their own. */
type Layout = { nA: number; nB: number; categoricalA?: boolean; categoricalB?: boolean };

/** The layout of the pair (a, b) of features binned into `binCounts`, of kinds `kinds`. */
export function pairLayout(
  binCounts: readonly number[],
  kinds: readonly FeatureKind[],
  a: number,
  b: number,
): Layout {
  return {
    nA: binCounts[a]!,
    nB: binCounts[b]!,
    categoricalA: kinds[a] === 'categorical',
    categoricalB: kinds[b] === 'categorical',
  };
}
type Tree = { gain: number; cut: number; left: number; right: number };
type Prefix = { g: Float64Array; h: Float64Array; c: Float64Array };
/** Working memory of `fitPairUpdate` for one layout, reusable from one step to the next. */
export type PairScratch = { byA: Prefix; byB: Prefix; sorted: Prefix & { delta: Float64Array } };

export function pairScratch({ nA, nB }: Layout): PairScratch {
  const size = (nA + 1) * (nB + 1);
  const prefix = () => ({
    g: new Float64Array(size),
    h: new Float64Array(size),
    c: new Float64Array(size),
  });
  const cells = () => new Float64Array(nA * nB);
  return {
    byA: prefix(),
    byB: prefix(),
    sorted: { g: cells(), h: cells(), c: cells(), delta: cells() },
  };
}

/**
 * `fitPairUpdate` with the bins of each categorical feature first put in the order of their
 * gradient ratio G / (H + λ) summed over the other feature, as gradient boosting libraries order
 * categories before searching a cut (LightGBM, scikit-learn's HistGradientBoosting): a cut then
 * separates the categories that want a higher score from those that want a lower one. Without it
 * a cut follows the bins' order, which for categories is their frequency, and two categorical
 * features' pair table was fitted by cuts that mean nothing. Numbers keep their order.
 */
export function fitSortedPairUpdate(
  layout: Layout,
  G: Float64Array,
  H: Float64Array,
  C: Float64Array,
  opts: UpdateOptions,
  delta?: Float64Array,
  scratch: PairScratch = pairScratch(layout),
): number {
  const { nA, nB, categoricalA, categoricalB } = layout;
  if (!categoricalA && !categoricalB) return fitPairUpdate(layout, G, H, C, opts, delta, scratch);
  const orderA = categoricalA ? ratioOrder(G, H, nA, nB, false, opts.lambda) : identity(nA);
  const orderB = categoricalB ? ratioOrder(G, H, nB, nA, true, opts.lambda) : identity(nB);
  const { sorted } = scratch;
  for (let a = 0; a < nA; a++) {
    for (let b = 0; b < nB; b++) {
      const from = orderA[a]! * nB + orderB[b]!;
      const to = a * nB + b;
      sorted.g[to] = G[from]!;
      sorted.h[to] = H[from]!;
      sorted.c[to] = C[from]!;
    }
  }
  const gain = fitPairUpdate(
    { nA, nB },
    sorted.g,
    sorted.h,
    sorted.c,
    opts,
    delta && sorted.delta,
    scratch,
  );
  if (delta) {
    for (let a = 0; a < nA; a++) {
      for (let b = 0; b < nB; b++) delta[orderA[a]! * nB + orderB[b]!] = sorted.delta[a * nB + b]!;
    }
  }
  return gain;
}

/** Bins of one feature ordered by G / (H + λ) summed over the other feature (ties: bin order). */
function ratioOrder(
  G: Float64Array,
  H: Float64Array,
  n: number,
  nOther: number,
  inner: boolean,
  lambda: number,
): Int32Array {
  const ratio = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let g = 0;
    let h = 0;
    for (let o = 0; o < nOther; o++) {
      const cell = inner ? o * n + k : k * nOther + o;
      g += G[cell]!;
      h += H[cell]!;
    }
    ratio[k] = g / (h + lambda);
  }
  return identity(n).sort((x, y) => ratio[x]! - ratio[y]! || x - y);
}

function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, k) => k);
}

/**
 * One boosting step for a pair term from its 2-D gradient/hessian/count histograms (cell
 * a * nB + b): the best tree that cuts one feature once and then each side once on the other
 * feature (at most four leaves), as in EBM/FAST. Writes the change per cell into `delta`
 * (when given) and returns the gain, which also ranks candidate pairs.
 */
export function fitPairUpdate(
  { nA, nB }: Layout,
  G: Float64Array,
  H: Float64Array,
  C: Float64Array,
  opts: UpdateOptions,
  delta?: Float64Array,
  scratch: PairScratch = pairScratch({ nA, nB }),
): number {
  const { byA, byB } = scratch;
  prefixes(G, H, C, nA, nB, false, byA);
  prefixes(G, H, C, nB, nA, true, byB);
  const treeA = bestTree(byA, nA, nB, opts);
  const treeB = bestTree(byB, nB, nA, opts);
  const swap = treeB.gain > treeA.gain;
  const tree = swap ? treeB : treeA;
  if (delta) {
    delta.fill(0);
    if (tree.cut > 0) writeLeaves(tree, swap ? byB : byA, swap, nA, nB, opts, delta);
  }
  return tree.gain;
}

/** 2-D prefix sums laid out outer-major: p[o * (nInner + 1) + i] = sum over [0, o) x [0, i). */
function prefixes(
  G: Float64Array,
  H: Float64Array,
  C: Float64Array,
  nOuter: number,
  nInner: number,
  transposed: boolean,
  out: Prefix,
): void {
  // row 0 and column 0 stay zero; every other entry is written below
  const w = nInner + 1;
  for (let o = 0; o < nOuter; o++) {
    let rg = 0;
    let rh = 0;
    let rc = 0;
    for (let i = 0; i < nInner; i++) {
      const cell = transposed ? i * nOuter + o : o * nInner + i;
      rg += G[cell]!;
      rh += H[cell]!;
      rc += C[cell]!;
      const at = (o + 1) * w + i + 1;
      out.g[at] = out.g[at - w]! + rg;
      out.h[at] = out.h[at - w]! + rh;
      out.c[at] = out.c[at - w]! + rc;
    }
  }
}

function bestTree(p: Prefix, nOuter: number, nInner: number, opts: UpdateOptions): Tree {
  const { lambda, minSamplesLeaf: minLeaf } = opts;
  const w = nInner + 1;
  const total = nOuter * w + nInner;
  const parent = (p.g[total]! * p.g[total]!) / (p.h[total]! + lambda);
  let best: Tree = { gain: 0, cut: -1, left: -1, right: -1 };
  let sideScore = 0;
  let sideAt = -1;
  const side = (o0: number, o1: number) => {
    const r0 = o0 * w;
    const r1 = o1 * w;
    const g = p.g[r1 + nInner]! - p.g[r0 + nInner]!;
    const h = p.h[r1 + nInner]! - p.h[r0 + nInner]!;
    const c = p.c[r1 + nInner]! - p.c[r0 + nInner]!;
    sideScore = c >= minLeaf ? (g * g) / (h + lambda) : -Infinity;
    sideAt = -1;
    for (let t = 1; t < nInner; t++) {
      const cl = p.c[r1 + t]! - p.c[r0 + t]!;
      if (cl < minLeaf || c - cl < minLeaf) continue;
      const gl = p.g[r1 + t]! - p.g[r0 + t]!;
      const hl = p.h[r1 + t]! - p.h[r0 + t]!;
      const s = (gl * gl) / (hl + lambda) + ((g - gl) * (g - gl)) / (h - hl + lambda);
      if (s > sideScore) {
        sideScore = s;
        sideAt = t;
      }
    }
  };
  for (let cut = 1; cut < nOuter; cut++) {
    side(0, cut);
    const leftScore = sideScore;
    const leftAt = sideAt;
    side(cut, nOuter);
    const gain = leftScore + sideScore - parent;
    if (gain > best.gain) best = { gain, cut, left: leftAt, right: sideAt };
  }
  return best;
}

function writeLeaves(
  tree: Tree,
  p: Prefix,
  swap: boolean,
  nA: number,
  nB: number,
  { learningRate, lambda }: UpdateOptions,
  delta: Float64Array,
) {
  const nOuter = swap ? nB : nA;
  const nInner = swap ? nA : nB;
  const w = nInner + 1;
  const rect = (x: Float64Array, o0: number, o1: number, i0: number, i1: number) =>
    x[o1 * w + i1]! - x[o0 * w + i1]! - x[o1 * w + i0]! + x[o0 * w + i0]!;
  const sides: [number, number, number][] = [
    [0, tree.cut, tree.left],
    [tree.cut, nOuter, tree.right],
  ];
  for (const [o0, o1, at] of sides) {
    const inner: [number, number][] =
      at > 0
        ? [
            [0, at],
            [at, nInner],
          ]
        : [[0, nInner]];
    for (const [i0, i1] of inner) {
      const value =
        (-learningRate * rect(p.g, o0, o1, i0, i1)) / (rect(p.h, o0, o1, i0, i1) + lambda);
      for (let o = o0; o < o1; o++) {
        for (let i = i0; i < i1; i++) delta[swap ? i * nB + o : o * nB + i] = value;
      }
    }
  }
}
