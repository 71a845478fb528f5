/**
 * Moves the count-weighted mean of each table into the intercept, so a contribution reads as
 * "relative to an average row". Returns the new intercept; tables change in place.
 */
export function centreTerms(
  intercept: number,
  tables: { scores: Float64Array; counts: ArrayLike<number> }[],
): number {
  let b0 = intercept;
  for (const { scores, counts } of tables) {
    let sum = 0;
    let weight = 0;
    for (let b = 0; b < scores.length; b++) {
      sum += scores[b]! * counts[b]!;
      weight += counts[b]!;
    }
    if (weight === 0) continue;
    const mean = sum / weight;
    for (let b = 0; b < scores.length; b++) scores[b]! -= mean;
    b0 += mean;
  }
  return b0;
}
