/** Adds `delta` to a Decimal string in whole cents, so repeated optimistic moves don't drift. */
export function addToDecimal(value: string, delta: number): string {
  const cents = Math.round(Number(value) * 100) + Math.round(delta * 100);
  return (cents / 100).toFixed(2);
}
