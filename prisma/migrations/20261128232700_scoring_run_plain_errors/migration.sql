-- Runs that failed before ADR 021 stored the raw driver or Prisma message in "error", which the
-- API shows to users. Replace it with plain words (the cause was logged at the time). The
-- semicolons inside the texts are chr(59): the schema engine splits statements on every semicolon.
UPDATE "ScoringRun"
SET "error" = 'Stopped after ' || "processed" || ' of ' || "total" || ' leads (an internal error)' || chr(59) || ' the next run continues from there'
WHERE "error" IS NOT NULL
  AND "error" NOT LIKE 'Stopped after % of % leads (%)' || chr(59) || ' the next run continues from there'
  AND "error" <> 'interrupted by a restart';
