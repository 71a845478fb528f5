-- DropIndex
DROP INDEX "Customer_name_trgm_idx";

-- DropIndex
DROP INDEX "Deal_title_trgm_idx";

-- Search that ignores accents as it ignores case (ADR 071): "jose" finds "José", "muller"
-- "Müller", "strasse" "Straße". PostgreSQL ships unaccent in contrib, PGlite loads it.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- The text a search compares: lower case, accents removed. unaccent() is only STABLE (its
-- dictionary could be changed), so no index can use it. With the dictionary named (and both named
-- with their schema, whatever the caller's search_path) the result depends on the argument alone,
-- which is what IMMUTABLE promises. A change to unaccent's rules file needs a REINDEX of the
-- indexes below.
CREATE FUNCTION search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The trigram indexes of search, on the folded text (were on the text itself).
CREATE INDEX "Customer_name_search_idx" ON "Customer" USING GIN (search_text("name") gin_trgm_ops);
CREATE INDEX "Deal_title_search_idx" ON "Deal" USING GIN (search_text("title") gin_trgm_ops);
DROP INDEX "Lead_search_trgm_idx";
CREATE INDEX "Lead_search_idx" ON "Lead" USING GIN (
  search_text(name || ' ' || coalesce(metadata->>'company', '') || ' ' || coalesce(email, '')) gin_trgm_ops
);
