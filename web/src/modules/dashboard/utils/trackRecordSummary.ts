import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';
import { monthLabel } from './monthLabel';

/**
 * The track record's error in a sentence that says what it is made of: which months, which
 * currency, which weighting ("12.3% mean absolute percentage error over Jun 2026 – Nov 2026 (6
 * months, USD) …").
 */
export function trackRecordSummary(record: {
  currency: string;
  meanAbsolutePercentageError: number | null;
  errorMonths: readonly string[];
  /** Every month the chart shows: the error is of the latest six with deals won among them. */
  months: readonly unknown[];
}): string {
  const months = record.errorMonths;
  if (record.meanAbsolutePercentageError == null || months.length === 0)
    return `No error yet: no past month in this range had deals won (in ${record.currency}) to compare the forecast with.`;
  const span =
    months.length === 1
      ? monthLabel(months[0]!, true)
      : `${monthLabel(months[0]!, true)} – ${monthLabel(months.at(-1)!, true)}`;
  // The chart shows more months than the mean is of (a new user read 12 months against "6").
  const ofShown =
    record.months.length > months.length
      ? `the latest ${plural(months.length, 'month')} with deals won of the ${record.months.length} shown`
      : `${plural(months.length, 'month')} with deals won`;
  return `${formatPercent(record.meanAbsolutePercentageError, 1)} mean absolute percentage error: the mean of |forecast − won| ÷ won over ${span} (${ofShown}, ${record.currency}).`;
}
