import { useDealWinProbabilityQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { formatPercent } from '../../../lib/formatPercent';
import { errorMessage } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import { FactorChart } from '../../leads/components/FactorChart';
import { factorEffect } from '../../leads/utils/factorEffect';
import './winChance.css';
import { dealFactorValue } from '../utils/dealFactorValue';

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;

/**
 * The deal's chance of being won and what it is made of (ADR 039): from the deal model, its
 * factors as the lead page shows a score's (the same chart), the model's test figures against the
 * stage rates, and the exact arithmetic behind a toggle; from the stage's rate, which rate and why.
 * Nothing for a won or lost deal.
 */
export function WinProbabilityPanel({ dealId }: { dealId: string }) {
  const { data, loading, error } = useDealWinProbabilityQuery({ variables: { id: dealId } });
  if (loading && !data) return <LoadingState label="Loading the chance to win" />;
  if (error)
    return (
      <Panel title="Chance to win">
        <ErrorState message={errorMessage(error)} />
      </Panel>
    );
  const win = data?.deal?.winProbability;
  if (!win) return null;
  // The model behind the chance; for a stage rate with no model in use, the newest one trained,
  // whose card says why the stage rate is shown instead. With a model in use, a stage rate is a
  // deal it has not scored yet.
  const modelInUse = data?.dealWinModels.some((m) => m.active) ?? false;
  const model =
    win.source === 'MODEL'
      ? data?.dealWinModels.find((m) => m.version === win.modelVersion)
      : modelInUse
        ? undefined
        : data?.dealWinModels.find((m) => !m.active);
  const factors = [...(win.explanation?.factors ?? [])]
    .slice(0, 8)
    .sort((a, b) => b.contribution - a.contribution);
  const logit = (win.explanation?.factors ?? []).reduce(
    (sum, f) => sum + f.contribution,
    win.explanation?.baseline ?? 0,
  );
  return (
    <Panel title="Chance to win" className="explanation">
      <div data-testid="win-probability">
        <div className="win-probability__figure">{formatPercent(win.probability, 0)}</div>
        <p className="muted" data-testid="win-probability-basis">
          {win.basis}
          {win.scoredAt && `, computed ${formatDate(win.scoredAt)}`}.
        </p>
        {win.source === 'STAGE_RATE' && modelInUse && (
          <p className="muted" data-testid="win-not-scored">
            The deal model in use has not scored this deal yet, so this is the rate of the
            deal&apos;s stage.
          </p>
        )}
        {win.source === 'STAGE_RATE' && !modelInUse && !model && (
          <p className="muted">
            No deal model is in use yet (too few closed deals, or none beat the stage rates on deals
            it had not seen), so this is the rate of the deal&apos;s stage.
          </p>
        )}
        {win.source === 'STAGE_RATE' && model && (
          <p className="muted" data-testid="win-model-unused">
            Deal model v{model.version} is not in use, so this is the rate of the deal&apos;s stage.{' '}
            {model.notes}
          </p>
        )}
        {win.explanation && (
          <>
            <h3 className="explanation__heading">What moves this chance</h3>
            <div className="explanation__factors">
              <FactorChart factors={factors} axisLabel="← lowers · raises the chance →" />
              <ol className="factor-list" data-testid="win-factor-list">
                {factors.map((f) => (
                  <li key={f.feature}>
                    <span>
                      {f.label}
                      {f.value != null && (
                        <span className="muted">: {dealFactorValue(f.feature, f.value)}</span>
                      )}
                    </span>
                    <span className={`factor--${f.contribution >= 0 ? 'positive' : 'negative'}`}>
                      {factorEffect(f.contribution)}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
            <details className="explanation__details">
              <summary>Details: the arithmetic</summary>
              <p className="muted">
                Baseline {signed(win.explanation.baseline)} + factors{' '}
                {signed(logit - win.explanation.baseline)} = {signed(logit)} on the log-odds scale,
                a probability of {formatPercent(win.probability, 1)}.
              </p>
              <ul className="factor-list">
                {win.explanation.factors.map((f) => (
                  <li key={f.feature}>
                    <span>
                      {f.label}
                      {f.value != null && <span className="muted"> = {f.value}</span>}
                    </span>
                    <span>{signed(f.contribution)}</span>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
        {model?.metrics && model.stageRateBaseline && (
          <p className="muted" data-testid="win-model-card">
            Deal model v{model.version}
            {model.active ? '' : ' (not in use)'}, trained on{' '}
            {ofDeals(model.trainingRows, model.closedDealsBeforeHoldout)} closed deals. On{' '}
            {ofDeals(model.metrics.holdoutRows, model.heldOutDeals, true)} closed deals it had not
            seen: ranking (AUC) {model.metrics.auc.toFixed(2)} against{' '}
            {model.stageRateBaseline.auc.toFixed(2)} for the stage rates, log loss{' '}
            {model.metrics.logLoss.toFixed(3)} against {model.stageRateBaseline.logLoss.toFixed(3)}{' '}
            (lower is better).
          </p>
        )}
      </div>
    </Panel>
  );
}

/**
 * "788 of the 935" when a model's rows were picked from more deals (a deal lost in its first stage
 * often has no picked moment), else "788", or "the 210 latest", as the rows are all of them.
 */
function ofDeals(rows: number, from: number | null | undefined, latest = false): string {
  const count = rows.toLocaleString('en-US');
  const which = latest ? ' latest' : '';
  if (from != null && from > rows) return `${count} of the ${from.toLocaleString('en-US')}${which}`;
  return latest ? `the ${count}${which}` : count;
}
