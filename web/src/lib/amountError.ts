/**
 * The message for text that is not an amount the API's Decimal scalar accepts (up to 12 digits
 * before the point, 2 after: the same pattern as `subgraph/src/resolvers/scalars.ts`), or undefined
 * when it is one. Checked before sending so a 20-digit value never reaches the server as a 400.
 */
export function amountError(text: string): string | undefined {
  return /^\d{1,12}(\.\d{1,2})?$/.test(text.trim())
    ? undefined
    : 'Enter an amount of up to 12 digits with at most 2 decimals, like 12500 or 12500.50.';
}
