import { useEffect, useState, type FormEvent } from 'react';
import type { StageRates_PipelineFragment } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { plural } from '../../../lib/plural';
import { useToast } from '../../../ui/useToast';
import { useSetStageRateWindow } from '../hooks/useSetStageRateWindow';
import { parseWindowMonths } from '../utils/parseWindowMonths';
import '../stageRates.css';

/** How many months of closed deals the pipeline's stage rates learn from, and when they last did. */
export function StageRateWindowForm({
  pipeline,
  readOnly = false,
}: {
  pipeline: StageRates_PipelineFragment;
  /** For those who may not change it (not an admin): the setting in words, no field. */
  readOnly?: boolean;
}) {
  const [text, setText] = useState(String(pipeline.stageRateWindowMonths));
  const [error, setError] = useState<string>();
  const { setWindow, loading } = useSetStageRateWindow();
  const toast = useToast();
  useEffect(() => setText(String(pipeline.stageRateWindowMonths)), [pipeline]);
  const id = `rate-window-${pipeline.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseWindowMonths(text);
    if ('error' in parsed) return setError(parsed.error);
    setError(undefined);
    try {
      await setWindow(pipeline.id, parsed.months);
      toast.show(`Stage rates now learn from the last ${parsed.months} months.`, 'success');
    } catch (e) {
      setError(fieldErrors(e).months ?? errorMessage(e));
    }
  };
  const deals = pipeline.stageRatesClosedDeals;
  const computed = pipeline.stageRatesComputedAt
    ? ` Last worked out ${formatDate(pipeline.stageRatesComputedAt, true)} from ${plural(deals, 'closed deal')}.`
    : ' Not worked out yet.';
  if (readOnly)
    return (
      <p className="muted" style={{ margin: 0 }}>
        Each open stage is weighted by a rate that blends its probability with the share of closed
        deals that passed the stage and were won, counting deals closed in the last{' '}
        {plural(pipeline.stageRateWindowMonths, 'month')}.{computed} Only admins can change this.
      </p>
    );
  return (
    <form onSubmit={submit} noValidate aria-label="Stage rate window" className="stack">
      <p className="muted" style={{ margin: 0 }}>
        Each open stage is weighted by a rate that blends your probability with the share of closed
        deals that passed the stage and were won. A few deals move it a little; many move it a lot.
        {computed}
      </p>
      <div className={`field ${error ? 'field--invalid' : ''}`}>
        <label htmlFor={id} className="field__label">
          Learn from deals closed in the last … months
        </label>
        <div className="rate-window">
          <input
            id={id}
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button
            type="submit"
            className="button button--small"
            disabled={loading || text.trim() === String(pipeline.stageRateWindowMonths)}
          >
            Save window
          </button>
        </div>
        {error && (
          <span id={`${id}-error`} className="field__error" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
