/** How much a factor moves the score, in words (its log-odds effect is in the details). */
export function factorEffect(contribution: number): string {
  const size = Math.abs(contribution);
  return `${contribution >= 0 ? 'raises' : 'lowers'} it${size >= 0.75 ? ' a lot' : size < 0.25 ? ' a little' : ''}`;
}
