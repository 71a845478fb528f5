export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
