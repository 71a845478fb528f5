import type {
  ScoreExplanationPanel_LeadFragment,
  ScoreFactor_FactorFragment,
} from '../../../__generated__/graphql';
import { formatPercent } from '../../../lib/formatPercent';
import { EmptyState } from '../../../ui/EmptyState';
import { Panel } from '../../../ui/Panel';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { FactorChart } from './FactorChart';
import { ModelSummary } from './ModelSummary';

function signed(n: number) {
  return `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;
}

function FactorList({
  title,
  factors,
  tone,
}: {
  title: string;
  factors: readonly ScoreFactor_FactorFragment[];
  tone: 'positive' | 'negative';
}) {
  return (
    <div>
      <h3 style={{ fontSize: 13, marginBottom: 6 }}>{title}</h3>
      {factors.length ? (
        <ul className="factor-list">
          {factors.map((f) => (
            <li key={f.feature}>
              <span>
                {f.label}
                {f.value != null && <span className="muted"> · {f.value}</span>}
              </span>
              <span className={`factor--${tone}`}>{signed(f.contribution)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None</p>
      )}
    </div>
  );
}

/** Why a lead has its score: baseline, the factors that move it, the model, and what would raise it. */
export function ScoreExplanationPanel({ lead }: { lead: ScoreExplanationPanel_LeadFragment }) {
  const explanation = lead.scoreExplanation;
  if (!explanation) {
    return (
      <Panel title="Why this score">
        <EmptyState title="Not scored yet">
          Rescore the lead to see what drives its score.
        </EmptyState>
      </Panel>
    );
  }
  // The ten factors that move this score most (the server sorts by absolute contribution), drawn diverging.
  const factors = explanation.factors.slice(0, 10).sort((a, b) => b.contribution - a.contribution);
  const best = explanation.bestImprovement;
  return (
    <Panel title="Why this score" className="explanation">
      <div data-testid="score-explanation">
        <div className="explanation__summary">
          <ScoreBadge score={lead.score} band={lead.scoreBand} size="lg" />
          <div>
            <div>
              <strong>{formatPercent(explanation.probability, 1)}</strong> chance to convert
            </div>
            <div className="muted">
              Baseline {signed(explanation.baseline)} + factors{' '}
              {signed(explanation.logit - explanation.baseline)} = logit {signed(explanation.logit)}
            </div>
          </div>
        </div>
        <FactorChart factors={factors} />
        <div className="grid-2" style={{ marginTop: 8 }}>
          <FactorList title="Raising the score" factors={explanation.topPositive} tone="positive" />
          <FactorList
            title="Lowering the score"
            factors={explanation.topNegative}
            tone="negative"
          />
        </div>
        {best && (
          <div className="improvement" data-testid="best-improvement">
            <strong>What would help most:</strong> {best.label}{' '}
            {best.from != null ? `from ${best.from} ` : ''}to {best.to} would raise the score to{' '}
            <strong>{best.newScore}</strong> ({formatPercent(best.newProbability, 1)}).
          </div>
        )}
        <ModelSummary model={explanation.model} />
      </div>
    </Panel>
  );
}
