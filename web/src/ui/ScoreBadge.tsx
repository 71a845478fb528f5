/**
 * A 0-100 score coloured by its band. The band (hot, warm, cool, cold) comes from the server with
 * the score (`Lead.scoreBand`, `LeadScore.band`): the thresholds are the scoring service's, not the UI's.
 */
export function ScoreBadge({
  score,
  band,
  size = 'md',
}: {
  score: number | null | undefined;
  band: string | null | undefined;
  size?: 'sm' | 'md' | 'lg';
}) {
  if (score == null) {
    return (
      <span className={`score score--${size} score--none`} title="Not scored yet">
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
