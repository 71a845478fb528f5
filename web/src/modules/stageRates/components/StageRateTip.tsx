import type { StageRate_StageFragment } from '../../../__generated__/graphql';
import { formatPercent } from '../../../lib/formatPercent';
import { InfoTip } from '../../../ui/InfoTip';
import { describeStageRate } from '../utils/describeStageRate';
import '../stageRates.css';

/** The rate a column is weighted by, with what it is made of on hover, focus or click. */
export function StageRateTip({
  stage,
  stageName,
  windowMonths,
}: {
  stage: StageRate_StageFragment;
  stageName: string;
  windowMonths: number;
}) {
  const rate = formatPercent(stage.effectiveProbability);
  const sentence = describeStageRate(stage, windowMonths);
  if (!sentence) return <>{rate}</>;
  return (
    <InfoTip label={rate} accessibleLabel={`${rate}: how the rate of ${stageName} is worked out`}>
      {sentence}
    </InfoTip>
  );
}
