import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';
import { similarLeads, type CalibrationPoint } from './similarLeads';

/**
 * Below this many leads a bin's conversion rate is noise: with 20 its 90 % interval is still
 * about 35 points wide (Wilson, at 50 %), and with 1 lead that did not convert it runs from 0 to
 * 73 %. Such a rate is not set against the model's estimate as if it were what happens.
 */
export const MIN_SIMILAR_LEADS = 20;

/**
 * The sentence beside a lead's chance: how often leads the model scored like it converted in the
 * test set, or that there were too few of them to say.
 */
export function describeSimilarLeads(
  probability: number,
  calibration: readonly CalibrationPoint[] | null | undefined,
): string {
  const similar = similarLeads(probability, calibration);
  if (!similar) return 'Not yet checked against real outcomes: the model has no test results.';
  const count = plural(similar.count, 'lead');
  if (similar.count < MIN_SIMILAR_LEADS)
    return `Too few leads scored like this in the model's test set to compare (${count}; it takes ${MIN_SIMILAR_LEADS}).`;
  return `Leads scored like this converted ${formatPercent(similar.observed, 0)} of the time (${count} in the model's test set).`;
}
