-- Open stages come before Won and Lost (the stage rates count a won deal as having passed every
-- open stage). A stage created without an order was appended after them: each pipeline's stages
-- are numbered again, open ones first, each group in its own order.
UPDATE "PipelineStage" AS s
SET "order" = r.n - 1
FROM (
  SELECT id, row_number() OVER (
    PARTITION BY "pipelineId" ORDER BY (kind <> 'OPEN'), "order", id
  ) AS n
  FROM "PipelineStage"
) AS r
WHERE s.id = r.id AND s."order" <> r.n - 1;
