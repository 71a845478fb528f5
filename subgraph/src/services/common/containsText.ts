import { Prisma } from '../../db/generated/client';
import { likePattern } from './likePattern';

/**
 * `expression` (SQL text) as a search compares it: lower case and without accents, by the
 * database's `search_text` (migration accent_blind_search, ADR 071), the expression the search
 * indexes hold.
 */
export function searchText(expression: string): string {
  return `search_text(${expression})`;
}

/**
 * The condition "`column` contains `text`" ignoring case and accents: "jose" finds "José",
 * "MULLER" finds "Müller", "strasse" finds "Straße"; LIKE's wildcards in `text` are taken
 * literally. A NULL column contains nothing.
 */
export function containsText(column: string, text: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(searchText(column))} LIKE search_text(${likePattern(text)})`;
}
