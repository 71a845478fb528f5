/** The rate window typed in Settings: whole months from 1 to 60 (the server's range, ADR 026). */
export function parseWindowMonths(text: string): { months: number } | { error: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { error: 'Enter a whole number of months, from 1 to 60.' };
  const months = Number(trimmed);
  if (months < 1 || months > 60) return { error: 'Enter a number of months from 1 to 60.' };
  return { months };
}
