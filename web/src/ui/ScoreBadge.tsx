/** A 0-100 score with its coloured band (hot, warm, cool, cold). */
export function ScoreBadge({
  score,
  band,
  size = 'md',
}: {
  score: number | null | undefined;
  band?: string | null | undefined;
  size?: 'sm' | 'md' | 'lg';
}) {
  if (score == null) {
    return (
      <span className={`score score--${size} score--none`} title="Not scored yet">
        –
      </span>
    );
  }
  const resolved =
    band ?? (score >= 70 ? 'hot' : score >= 40 ? 'warm' : score >= 20 ? 'cool' : 'cold');
  return (
    <span
      className={`score score--${size} score--${resolved}`}
      title={`Score ${score} (${resolved})`}
      aria-label={`Score ${score}, ${resolved}`}
    >
      {score}
    </span>
  );
}
