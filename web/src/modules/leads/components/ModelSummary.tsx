import type { ModelCard_ModelFragment } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';

/** Which model scored a lead, and how well it ranked leads it had not seen. */
export function ModelSummary({ model }: { model: ModelCard_ModelFragment }) {
  const learned = model.kind.toUpperCase() === 'LEARNED';
  return (
    <p className="muted" data-testid="model-summary">
      Scored by{' '}
      <strong>
        {learned ? 'the learned model' : 'the prior model'} v{model.version}
      </strong>
      {learned
        ? `, trained ${formatDate(model.trainedAt)} on ${model.trainingRows.toLocaleString('en-US')} past outcomes`
        : ' (hand-set weights, used until there are enough won and lost deals to learn from)'}
      {model.metrics
        ? `. On recent leads it had not seen, it ranked a converting lead above a non-converting one ${Math.round(model.metrics.auc * 100)} times in 100.`
        : '. Not tested on recent leads yet.'}
    </p>
  );
}
