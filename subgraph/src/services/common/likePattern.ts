/** `text` with LIKE's wildcards and its escape character taken literally (escape `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A LIKE/ILIKE pattern that finds `text` anywhere, its wildcards taken literally (escape `\`). */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
