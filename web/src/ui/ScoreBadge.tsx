/**
 * A 0-100 score coloured by its band. The band (hot, warm, cool, cold) comes from the server with
 * the score (`Lead.scoreBand`, `LeadScore.band`): the thresholds are the scoring service's, not the UI's.
 */
export function ScoreBadge({
  score,
  band,
  size = 'md',
  unscored,
}: {
  score: number | null | undefined;
  band: string | null | undefined;
  size?: 'sm' | 'md' | 'lg';
  /** Why there is no score to show, when there is one that no longer counts (a closed lead's). */
  unscored?: string | null;
}) {
  if (score == null || unscored) {
    const why = unscored ?? 'Not scored yet';
    return (
      <span className={`score score--${size} score--none`} title={why} aria-label={why}>
        –
      </span>
    );
  }
  const tone = band ?? 'none';
  const label = band ? `Score ${score}, ${band}` : `Score ${score}`;
  return (
    <span
      className={`score score--${size} score--${tone}`}
      title={band ? `Score ${score} (${band})` : `Score ${score}`}
      aria-label={label}
    >
      {score}
    </span>
  );
}
