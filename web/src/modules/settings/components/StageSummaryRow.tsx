import type { StageSettings_StageFragment } from '../../../__generated__/graphql';
import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';
import { describeStageRate } from '../../stageRates/utils/describeStageRate';

/** One stage in Settings as a non-admin sees it: what it is set to, without the controls. */
export function StageSummaryRow({
  stage,
  windowMonths,
}: {
  stage: StageSettings_StageFragment;
  windowMonths: number;
}) {
  const open = stage.kind === 'OPEN';
  const rate = describeStageRate(stage, windowMonths);
  return (
    <li className="stage-row" data-stage-row={stage.name}>
      <div className="stage-row__cell stage-row__cell--name">
        <strong>{stage.name}</strong>
        <span className="stage-row__learned">
          {!open && <span className="badge">{stage.kind.toLowerCase()}</span>}{' '}
          {plural(stage.dealCount, 'deal')}
        </span>
      </div>
      {open ? (
        <p className="stage-row__closed muted">
          Probability: {stage.probability == null ? 'default' : formatPercent(stage.probability)} ·
          Rots after: {stage.rottingDays == null ? 'never' : plural(stage.rottingDays, 'day')}
        </p>
      ) : (
        <p className="stage-row__closed muted">
          {stage.kind === 'WON'
            ? 'Deals here are won: they count as 100 % and never rot.'
            : 'Deals here are lost: they count as 0 % and never rot.'}
        </p>
      )}
      {rate && (
        <p className="stage-rate" data-testid="stage-rate">
          {rate}
        </p>
      )}
    </li>
  );
}
