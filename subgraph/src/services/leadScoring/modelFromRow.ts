import type { ScoringModel } from '../../db/generated/client';
import { parseModel } from '../../scoring/model/parseModel';
import type { Model } from '../../scoring/model/types';

/** The engine model stored in a ScoringModel row (params holds the model JSON). */
export function modelFromRow(row: Pick<ScoringModel, 'params'>): Model {
  return parseModel(JSON.stringify(row.params));
}
