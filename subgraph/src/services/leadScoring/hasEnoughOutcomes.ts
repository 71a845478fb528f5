export const coldStartThreshold = { minOutcomes: 200, minPerClass: 40 };

/** Whether a tenant's closed outcomes are enough to train (see docs/decisions/003-cold-start-threshold.md). */
export function hasEnoughOutcomes(
  labels: ArrayLike<number>,
  threshold = coldStartThreshold,
): boolean {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i] === 1 ? 1 : 0;
  const negatives = labels.length - positives;
  return (
    labels.length >= threshold.minOutcomes &&
    Math.min(positives, negatives) >= threshold.minPerClass
  );
}
