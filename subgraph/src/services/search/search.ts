import { Prisma } from '../../db/generated/client';
import type { Context } from '../../types/context';
import type { QuerySearchArgs } from '../../__generated__/resolvers-types';
import type { SearchResultParent } from '../../types/mappers';
import { pageSize } from '../common/cursor';
import { userError } from '../common/errors';
import { likePattern } from '../common/likePattern';
import { leadSearchText, searchText } from '../common/containsText';
import { isStorableText } from '../common/validate';

type Kind = SearchResultParent['kind'];

/**
 * What each kind is found by: the table, the text its trigram index holds (`search_text`: lower
 * case without accents, ADR 071), the fields ranked (folded the same way), and what is shown.
 */
const KINDS: Record<Kind, { from: string; text: string; fields: string[]; select: string }> = {
  DEAL: {
    from: '"Deal" x',
    text: searchText('x.title'),
    fields: [searchText('x.title')],
    select: `x.id, x.title, NULL::text AS subtitle`,
  },
  // The expression "Lead_search_idx" indexes (migration accent_blind_search).
  LEAD: {
    from: '"Lead" x',
    text: leadSearchText('x'),
    fields: [
      searchText('x.name'),
      searchText(`coalesce(x.metadata->>'company', '')`),
      searchText(`coalesce(x.email, '')`),
    ],
    select: `x.id, x.name AS title, nullif(concat_ws(' · ', x.metadata->>'company', x.email), '') AS subtitle`,
  },
  CUSTOMER: {
    from: '"Customer" x',
    text: searchText('x.name'),
    fields: [searchText('x.name')],
    select: `x.id, x.name AS title, NULL::text AS subtitle`,
  },
};
const ORDER: Record<Kind, number> = { DEAL: 0, LEAD: 1, CUSTOMER: 2 };

/**
 * The most matches of one kind a search ranks: beyond it, those the index finds first. A query
 * that many rows contain ("gmail", a common name) is narrowed by typing more; the ranking of a
 * query with fewer matches is exact.
 */
export const RANKED_MATCHES = 1_000;

/**
 * One search across the tenant's deals (title), leads (name, company, email) and customers
 * (name), best first, ignoring case and accents (ADRs 030, 071). Rows containing the query are
 * read first (`LIKE '%q%'` on each kind's trigram index: precise, so cheap); only when they are
 * fewer than `first` are rows similar to it added (`q <% text`, word similarity ≥ 0.6: one typo in
 * a word), whose index reads are lossy and cost more. Each kind's top `first` by rank, merged;
 * of a kind with more than RANKED_MATCHES matches, the top among the first RANKED_MATCHES found.
 */
export async function search(
  { prisma, tenantId }: Context,
  args: QuerySearchArgs,
): Promise<SearchResultParent[]> {
  const first = pageSize(args.first);
  const query = args.query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!isStorableText(query)) throw userError('query: must be plain text', 'query');
  if ([...query].length < 3) throw userError('query: type at least 3 characters', 'query');
  // The query folded as the indexed text is (accents), by the same function, in the statement.
  const folded = Prisma.sql`search_text(${query})`;
  const pattern = Prisma.sql`search_text(${likePattern(query)})`;
  const kinds = Object.keys(KINDS) as Kind[];
  const read = (kind: Kind, similar: boolean) => {
    const { from, text, fields, select } = KINDS[kind];
    const match = similar
      ? Prisma.sql`${folded} <% ${Prisma.raw(text)} AND NOT ${Prisma.raw(text)} LIKE ${pattern}`
      : Prisma.sql`${Prisma.raw(text)} LIKE ${pattern}`;
    const categories = fields.map((field) => category(field, folded));
    // The matches are ranked among the first RANKED_MATCHES the index finds: ranking every match
    // before the LIMIT took 13 s for a word in every lead's email at 1,000,000 leads (ADR 078).
    return prisma.$queryRaw<SearchResultParent[]>`
      SELECT ${kind} AS kind, ${Prisma.raw(select)},
             (GREATEST(${Prisma.join(categories)}) + word_similarity(${folded}, ${Prisma.raw(text)}))::float8 AS rank
      FROM (SELECT * FROM ${Prisma.raw(from)}
            WHERE x."tenantId" = ${tenantId} AND ${match} LIMIT ${RANKED_MATCHES}) x
      ORDER BY rank DESC, x.id LIMIT ${first}`;
  };
  let rows = (await Promise.all(kinds.map((kind) => read(kind, false)))).flat();
  if (rows.length < first) {
    rows = rows.concat((await Promise.all(kinds.map((kind) => read(kind, true)))).flat());
  }
  return rows
    .map((row) => ({ ...row, rank: Number(row.rank) }))
    .sort((a, b) => b.rank - a.rank || ORDER[a.kind] - ORDER[b.kind] || (a.id < b.id ? -1 : 1))
    .slice(0, first);
}

/** 3 when `field` equals the query, 2 when it starts with it, 1 when it contains it, else 0. */
function category(field: string, query: Prisma.Sql): Prisma.Sql {
  const f = Prisma.raw(field);
  return Prisma.sql`CASE WHEN ${f} = ${query} THEN 3 WHEN starts_with(${f}, ${query}) THEN 2
    WHEN strpos(${f}, ${query}) > 0 THEN 1 ELSE 0 END`;
}
