-- Deal positions become order keys (ADR 023): text compared byte-wise (COLLATE "C"), so a move
-- writes one row. Written by hand: the keys of existing deals are computed here from their dense
-- positions. The IF EXISTS and the text-or-integer cast let it run on a database where the column
-- was already turned into text by a migration generated from the same schema change.

DROP INDEX IF EXISTS "Deal_stageId_position_idx";
DROP INDEX IF EXISTS "Deal_stageId_position_id_idx";

ALTER TABLE "Deal" ADD COLUMN "positionKey" TEXT COLLATE "C";

-- Each column's deals, in their old dense order, get consecutive keys a0 … az, b00 … bzz,
-- c000 … czzz, d0000 … (services/deals/positionKey.ts: evenKeys).
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY "stageId" ORDER BY ("position"::text)::bigint, id) - 1 AS n
  FROM "Deal"
)
UPDATE "Deal" AS deal SET "positionKey" = CASE
    WHEN r.n < 62 THEN 'a' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r.n)::int + 1, 1)
    WHEN r.n < 3906 THEN 'b' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 62) / 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 62) % 62)::int + 1, 1)
    WHEN r.n < 242234 THEN 'c' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 3906) / 3844)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 3906) / 62 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 3906) % 62)::int + 1, 1)
    ELSE 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 242234) / 238328)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 242234) / 3844 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 242234) / 62 % 62)::int + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', ((r.n - 242234) % 62)::int + 1, 1)
  END
FROM ranked AS r
WHERE r.id = deal.id;

ALTER TABLE "Deal" DROP COLUMN "position";
ALTER TABLE "Deal" RENAME COLUMN "positionKey" TO "position";
ALTER TABLE "Deal" ALTER COLUMN "position" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Deal_stageId_position_id_idx" ON "Deal"("stageId", "position", "id");
