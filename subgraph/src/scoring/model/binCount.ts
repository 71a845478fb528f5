import type { Binning } from './types';

export function binCount(binning: Binning): number {
  return (binning.kind === 'numeric' ? binning.edges.length : binning.categories.length) + 2;
}
