import type { Model } from './types';

/** JSON text of a model. JS number formatting round-trips exactly, so predictions survive. */
export function serializeModel(model: Model): string {
  return JSON.stringify(model);
}
