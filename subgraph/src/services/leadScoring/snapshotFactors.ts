import type { ScoreFactor } from '../../__generated__/resolvers-types';
import type { LeadScoreSnapshot } from '../../db/generated/client';
import type { Loaders } from '../../loaders/createLoaders';
import { userError } from '../common/errors';
import { binFactors } from '../../scoring/explanation/termFactors';
import { toScoreFactor } from './explainLead';
import { modelOfVersion } from './modelFromRow';

export const MAX_SNAPSHOT_FACTORS = 100;

/**
 * The largest `top` contributions behind a past score, from the bins the snapshot stored and the
 * model of its version (exact, as the score was computed). Snapshots written before bins were
 * stored keep the top factors they were written with.
 */
export async function snapshotFactors(
  loaders: Loaders,
  snapshot: Pick<LeadScoreSnapshot, 'bins' | 'factors' | 'modelVersion'>,
  top: number,
): Promise<ScoreFactor[]> {
  if (!Number.isInteger(top) || top < 1 || top > MAX_SNAPSHOT_FACTORS) {
    throw userError(`top must be a whole number from 1 to ${MAX_SNAPSHOT_FACTORS}`, 'top');
  }
  if (snapshot.bins) {
    const model = /^\d+$/.test(snapshot.modelVersion)
      ? await modelOfVersion(loaders, 'ScoringModel', Number(snapshot.modelVersion))
      : null;
    // A model is never deleted; a version unknown to this tenant has nothing to explain with.
    if (!model || snapshot.bins.length !== model.terms.length) return [];
    return binFactors(model, snapshot.bins).slice(0, top).map(toScoreFactor);
  }
  return storedFactors(snapshot.factors).slice(0, top);
}

/** Top factors as older snapshots stored them: [{ feature, value, contribution }]. */
function storedFactors(json: unknown): ScoreFactor[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((f: unknown) => {
    if (!f || typeof f !== 'object') return [];
    const { feature, value, contribution } = f as Record<string, unknown>;
    if (typeof feature !== 'string' || typeof contribution !== 'number') return [];
    return [
      toScoreFactor({
        feature,
        label: feature,
        value: typeof value === 'string' ? value : '',
        contribution,
      }),
    ];
  });
}
