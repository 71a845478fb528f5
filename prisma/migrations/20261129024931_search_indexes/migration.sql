-- Trigram indexes for search (ADR 030). PostgreSQL ships pg_trgm in contrib, PGlite loads it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "name" TEXT;

-- CreateIndex
CREATE INDEX "Customer_name_trgm_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Deal_title_trgm_idx" ON "Deal" USING GIN ("title" gin_trgm_ops);

-- A lead is found by name, company or email: one trigram index over the three, an expression
-- Prisma cannot declare, so it lives here only.
CREATE INDEX "Lead_search_trgm_idx" ON "Lead" USING GIN (
  (lower(name || ' ' || coalesce(metadata->>'company', '') || ' ' || coalesce(email, ''))) gin_trgm_ops
);
