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
 * A lead's name, company and email as one folded text: the expression "Lead_search_idx" (a
 * trigram index) holds, for `alias` the alias of "Lead" in the statement. PostgreSQL uses the
 * index only for this expression as it is written here.
 */
export function leadSearchText(alias: string): string {
  return searchText(
    `${alias}.name || ' ' || coalesce(${alias}.metadata->>'company', '') || ' ' || coalesce(${alias}.email, '')`,
  );
}

/**
 * The condition "`column` contains `text`" ignoring case and accents: "jose" finds "José",
 * "MULLER" finds "Müller", "strasse" finds "Straße"; LIKE's wildcards in `text` are taken
 * literally. A NULL column contains nothing.
 */
export function containsText(column: string, text: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(searchText(column))} LIKE search_text(${likePattern(text)})`;
}
