import type { ScoringModel } from '../../db/generated/client';
import type { Loaders, ModelTable } from '../../loaders/createLoaders';
import { parseModel } from '../../scoring/model/parseModel';
import type { Model } from '../../scoring/model/types';

// Rows come from per-request loaders, so a row object is parsed once per request at most.
const parsed = new WeakMap<Pick<ScoringModel, 'params'>, Model>();

/** The engine model stored in a ScoringModel row (params holds the model JSON). */
export function modelFromRow(row: Pick<ScoringModel, 'params'>): Model {
  let model = parsed.get(row);
  if (!model) {
    model = parseModel(JSON.stringify(row.params));
    parsed.set(row, model);
  }
  return model;
}

/** How many parsed models a process keeps (the least recently used go first). */
export const CACHED_MODELS = 32;
// Promises, so that the cards of one board asking at once share one read of the parameters.
const byId = new Map<string, Promise<Model | null>>();

/**
 * The engine model of a stored version (lead scoring's or the deal model's), or null if the tenant
 * has no such version. A stored model's parameters never change (a retrain adds a version; only
 * `active` and `metrics` are ever updated), so the parsed model is kept per process by row id:
 * a request reads the version's id, and the parameters (tens of kilobytes of JSON, parsed and
 * checked) only the first time this process sees that id (ADR 053). A read that fails is not kept.
 */
export async function modelOfVersion(
  loaders: Pick<Loaders, 'modelIdOfVersion' | 'modelParams'>,
  table: ModelTable,
  version: number,
): Promise<Model | null> {
  const row = await loaders.modelIdOfVersion(table).load(version);
  if (!row) return null;
  const { id } = row;
  const cached = byId.get(id);
  if (cached) byId.delete(id);
  const model =
    cached ??
    loaders.modelParams(table, id).then((params) => (params === null ? null : parseModel(params)));
  if (!cached) void model.catch(() => byId.get(id) === model && byId.delete(id));
  byId.set(id, model);
  if (byId.size > CACHED_MODELS) byId.delete(byId.keys().next().value!);
  return model;
}
