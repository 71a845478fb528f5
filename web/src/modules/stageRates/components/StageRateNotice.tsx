import '../stageRates.css';

/**
 * Where a page's totals change: says that the stage rates changed and how the weighted pipeline moved.
 * The live region is always there, so a screen reader announces the text when it appears.
 */
export function StageRateNotice({
  notice,
  onDismiss,
}: {
  notice: string | null;
  onDismiss: () => void;
}) {
  return (
    <div role="status" className="rate-notice" data-testid="stage-rate-notice">
      {notice && (
        <>
          <span className="rate-notice__text">{notice}</span>
          <button type="button" className="button button--small button--ghost" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
