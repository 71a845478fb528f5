/** A LIKE/ILIKE pattern that finds `text` anywhere, its wildcards taken literally (escape `\`). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
