import type { ScoringModel } from '../../db/generated/client';
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
