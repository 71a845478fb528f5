import { binCount } from './binCount';
import { modelSchema } from './modelSchema';
import type { Model } from './types';

/** Parses and checks model JSON; throws one message saying what is wrong. */
export function parseModel(json: string): Model {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`model is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `model JSON is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  const model: Model = parsed.data;
  model.terms.forEach((term, j) => {
    const n = binCount(term.binning);
    const where = `terms.${j} (${term.feature.name})`;
    if (term.binning.kind !== term.feature.kind)
      throw new Error(`${where}: binning kind differs from feature kind`);
    if (term.scores.length !== n || term.counts.length !== n || term.display.length !== n) {
      throw new Error(`${where}: scores, counts and display need ${n} entries`);
    }
    if (
      term.binning.kind === 'numeric' &&
      term.binning.edges.some((e, k, edges) => k > 0 && !(e > edges[k - 1]!))
    ) {
      throw new Error(`${where}: bin edges must increase`);
    }
  });
  model.pairs.forEach((pair, p) => {
    const [a, b] = pair.features;
    const ta = model.terms[a];
    const tb = model.terms[b];
    if (!ta || !tb || a === b)
      throw new Error(`pairs.${p}: feature indexes must name two different terms`);
    if (pair.scores.length !== binCount(ta.binning) * binCount(tb.binning)) {
      throw new Error(
        `pairs.${p}: scores need ${binCount(ta.binning) * binCount(tb.binning)} entries`,
      );
    }
  });
  return model;
}
