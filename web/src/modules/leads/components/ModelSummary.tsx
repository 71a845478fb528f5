import type { ModelCard_ModelFragment } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';

/** Which model scored a lead, and how well it did on its holdout. */
export function ModelSummary({ model }: { model: ModelCard_ModelFragment }) {
  const learned = model.kind.toUpperCase() === 'LEARNED';
  return (
    <p className="muted" data-testid="model-summary">
      Scored by{' '}
      <strong>
        {learned ? 'the learned model' : 'the prior model'} v{model.version}
      </strong>
      {learned
        ? `, trained ${formatDate(model.trainedAt)} on ${model.trainingRows.toLocaleString('en-US')} outcomes`
        : ' (hand-set weights, used until there are enough won and lost deals to learn from)'}
      {model.metrics
        ? `. Holdout AUC ${model.metrics.auc.toFixed(3)}.`
        : '. Not evaluated on a holdout yet.'}
    </p>
  );
}
