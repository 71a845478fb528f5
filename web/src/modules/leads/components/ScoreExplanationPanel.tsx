import type { ScoreExplanationPanel_LeadFragment } from '../../../__generated__/graphql';
import { formatPercent } from '../../../lib/formatPercent';
import { EmptyState } from '../../../ui/EmptyState';
import { Panel } from '../../../ui/Panel';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { useFactorContext } from '../hooks/useFactorContext';
import { useRefreshLeadScores } from '../hooks/useRefreshLeadScores';
import { describeFactor, describeValue } from '../utils/describeFactor';
import { describeSimilarLeads } from '../utils/describeSimilarLeads';
import { factorEffect } from '../utils/factorEffect';
import { FactorChart } from './FactorChart';
import { ModelSummary } from './ModelSummary';

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;
/**
 * Why a lead has its score, in a rep's words: the chance with what happened to leads scored like
 * it, the factors as sentences in the chart's order, the one change that would help most, and the
 * arithmetic on the log-odds scale behind a "details" toggle for those who want to check it.
 */
export function ScoreExplanationPanel({
  lead,
  closedNote,
}: {
  lead: ScoreExplanationPanel_LeadFragment;
  /** Set for a converted or disqualified lead: its score is no longer a chance to convert. */
  closedNote?: string | null;
}) {
  const explanation = lead.scoreExplanation;
  const context = useFactorContext(explanation?.factors.map((f) => f.feature) ?? []);
  if (closedNote) {
    return (
      <Panel title="Score">
        <p data-testid="closed-lead-score" style={{ margin: 0 }}>
          {closedNote}. Its score history shows how it went while it was open.
        </p>
      </Panel>
    );
  }
  if (!explanation) return <NotScoredYet leadId={lead.id} />;
  // The ten factors that move this score most (the server sorts by size), raising ones first.
  const factors = explanation.factors.slice(0, 10).sort((a, b) => b.contribution - a.contribution);
  const best = explanation.bestImprovement;
  return (
    <Panel title="Why this score" className="explanation">
      <div data-testid="score-explanation">
        <div className="explanation__summary">
          <ScoreBadge score={lead.score} band={lead.scoreBand} size="lg" />
          <div>
            <div>
              <strong>{formatPercent(explanation.probability, 0)}</strong> estimated chance to
              convert
            </div>
            <div className="muted" data-testid="similar-leads">
              {describeSimilarLeads(
                explanation.probability,
                explanation.model.metrics?.calibration,
              )}
            </div>
          </div>
        </div>
        <h3 className="explanation__heading">What moves this score</h3>
        <div className="explanation__factors">
          <FactorChart factors={factors} />
          <ol className="factor-list" data-testid="factor-list">
            {factors.map((f) => (
              <li key={f.feature}>
                <span>
                  {describeFactor(f)}
                  {context(f.feature, f.value) && (
                    <span className="muted">, {context(f.feature, f.value)}</span>
                  )}
                </span>
                <span className={`factor--${f.contribution >= 0 ? 'positive' : 'negative'}`}>
                  {factorEffect(f.contribution)}
                </span>
              </li>
            ))}
          </ol>
        </div>
        {best && (
          <div className="improvement" data-testid="best-improvement">
            <strong>What would help most:</strong>{' '}
            {best.from != null
              ? `going from ${describeValue(best.feature, best.label, best.from)} to ${describeValue(best.feature, best.label, best.to)}`
              : describeValue(best.feature, best.label, best.to)}{' '}
            would raise the score to <strong>{best.newScore}</strong> (
            {formatPercent(best.newProbability, 0)} estimated chance).
          </div>
        )}
        <details className="explanation__details">
          <summary>Details: the arithmetic</summary>
          <p className="muted">
            The model adds up effects on the log-odds scale: baseline {signed(explanation.baseline)}{' '}
            + factors {signed(explanation.logit - explanation.baseline)} ={' '}
            {signed(explanation.logit)}, which is a probability of{' '}
            {formatPercent(explanation.probability, 1)}.
          </p>
          <ul className="factor-list">
            {explanation.factors.map((f) => (
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
        <ModelSummary model={explanation.model} />
      </div>
    </Panel>
  );
}

/**
 * A lead the background scoring has not reached yet (a new one is scored within seconds). It said
 * "Rescore the lead" where the page had no such button (a new user's report): the button is here.
 */
function NotScoredYet({ leadId }: { leadId: string }) {
  const { rescore, progress } = useRefreshLeadScores();
  return (
    <Panel title="Why this score">
      <EmptyState title="Not scored yet">
        <p style={{ margin: '0 0 0.5rem' }}>
          New leads are scored in the background within seconds; scoring it now shows what drives
          its score.
        </p>
        <button
          type="button"
          className="button button--small"
          disabled={Boolean(progress)}
          onClick={() => void rescore([leadId])}
        >
          {progress ? 'Scoring…' : 'Score it now'}
        </button>
      </EmptyState>
    </Panel>
  );
}
