import type { DealDetails_DealFragment } from '../../../__generated__/graphql';
import { permissions } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/useCurrentUser';
import { useChangeStage } from '../hooks/useChangeStage';

/**
 * The pipeline's open stages with the deal's own marked. On an open deal its user may change, each
 * other open stage is a button that moves the deal there (Won and Lost are the page's Mark won and
 * Mark lost, which ask what closing needs).
 */
export function StageProgress({ deal }: { deal: DealDetails_DealFragment }) {
  const user = useCurrentUser();
  const { changeStage, loading } = useChangeStage();
  const stages = [...deal.pipeline.stages].sort((a, b) => a.order - b.order);
  const open = stages.filter((s) => s.kind === 'OPEN');
  const current = deal.stage;
  const currentIndex = open.findIndex((s) => s.id === current.id);
  const closed = current.kind !== 'OPEN';
  const movable = !closed && permissions.changeOwned(user, deal.owner?.id);
  return (
    <ol className="stage-progress" aria-label="Stage progress">
      {open.map((stage, index) => {
        const state =
          stage.id === current.id
            ? 'current'
            : closed
              ? current.kind === 'WON'
                ? 'done'
                : ''
              : index < currentIndex
                ? 'done'
                : '';
        const button = movable && state !== 'current';
        return (
          <li
            key={stage.id}
            className={`stage-progress__step ${state ? `stage-progress__step--${state}` : ''} ${button ? 'stage-progress__step--movable' : ''}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {button ? (
              <button
                type="button"
                className="stage-progress__move"
                title={`Move to ${stage.name}`}
                aria-label={`Move to ${stage.name}`}
                disabled={loading}
                onClick={() => void changeStage(deal, stage)}
              >
                {stage.name}
              </button>
            ) : (
              stage.name
            )}
          </li>
        );
      })}
      {closed && (
        <li
          className={`stage-progress__step stage-progress__step--${current.kind === 'WON' ? 'won' : 'lost'}`}
          aria-current="step"
        >
          {current.name}
        </li>
      )}
    </ol>
  );
}
