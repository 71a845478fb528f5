import type { DealDetails_DealFragment } from '../../../__generated__/graphql';

export function StageProgress({ deal }: { deal: DealDetails_DealFragment }) {
  const stages = [...deal.pipeline.stages].sort((a, b) => a.order - b.order);
  const open = stages.filter((s) => s.kind === 'OPEN');
  const current = deal.stage;
  const currentIndex = open.findIndex((s) => s.id === current.id);
  const closed = current.kind !== 'OPEN';
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
        return (
          <li
            key={stage.id}
            className={`stage-progress__step ${state ? `stage-progress__step--${state}` : ''}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            {stage.name}
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
