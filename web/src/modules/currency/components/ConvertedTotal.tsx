import type { ConvertedTotal_TotalFragment } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { InfoTip } from '../../../ui/InfoTip';
import { describeConversion } from '../utils/describeConversion';
import '../currency.css';

/**
 * A total in the reporting currency ("≈ $7.7K in USD"), with the rates it used and what it left
 * out on hover, focus or click; "+ €500 without a rate" is said in the text too, never hidden.
 */
export function ConvertedTotal({
  total,
  what,
  suffix,
  compact = true,
}: {
  total: ConvertedTotal_TotalFragment;
  what: string;
  /** A word after the amount, e.g. "weighted". */
  suffix?: string;
  compact?: boolean;
}) {
  const amount = formatMoney(total.amount, total.currency, compact);
  const label = `≈ ${amount} in ${total.currency}${suffix ? ` ${suffix}` : ''}`;
  return (
    <span className="converted-total">
      {/* The visible words first in the name (axe: label-content-name-mismatch). */}
      <InfoTip label={label} accessibleLabel={`${label}: ${what}, how it is converted`}>
        {describeConversion(total)}
      </InfoTip>
      {!total.complete && (
        <span className="converted-total__missing">
          {' '}
          + {total.unconverted
            .map((u) => formatMoney(u.amount, u.currency, compact))
            .join(' + ')}{' '}
          without a rate
        </span>
      )}
    </span>
  );
}
