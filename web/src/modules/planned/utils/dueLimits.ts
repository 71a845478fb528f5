/**
 * What a due-time field offers: whole years inside the server's "within ten years of today", so
 * the picker cannot reach a year the server refuses (a typed one still gets the server's answer).
 */
export function dueLimits(now: Date): { min: string; max: string } {
  return {
    min: `${now.getFullYear() - 9}-01-01T00:00`,
    max: `${now.getFullYear() + 9}-12-31T23:59`,
  };
}
