import type { NextStep_ActivityFragment } from '../../../__generated__/graphql';
import '../planned.css';
import { browserClock, formatNextStep } from '../utils/formatNextStep';

/** A deal's or lead's next step in a few words ("Call Thu 10:00"), said in full to a screen reader. */
export function NextStep({
  activity,
  spokenPrefix = 'Next step: ',
}: {
  activity: NextStep_ActivityFragment | null | undefined;
  /** Left out where a visible label already says "Next step". */
  spokenPrefix?: string;
}) {
  const step = formatNextStep(activity, browserClock());
  return (
    <span className={`next-step next-step--${step.tone}`} title={step.detail}>
      <span aria-hidden="true">{step.text}</span>
      <span className="visually-hidden">
        {spokenPrefix}
        {step.detail}
      </span>
    </span>
  );
}
