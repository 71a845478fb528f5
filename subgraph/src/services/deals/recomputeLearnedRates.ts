import type { Prisma } from '../../db/generated/client';

type Tx = Prisma.TransactionClient;

/**
 * Learns each open stage's conversion rate from the pipeline's closed deals (Odoo's rule): a won
 * deal counts as won in every stage, a lost deal as lost only in the stages it reached (from its
 * timeline). Writes `learnedConversionRate`; the hand-entered `probability` is never touched.
 */
export function recomputeLearnedRates(tx: Tx, tenantId: string, pipelineId: string) {
  return tx.$executeRaw`
    WITH closed AS (
      SELECT d.id, s.kind FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
      WHERE d."tenantId" = ${tenantId} AND d."pipelineId" = ${pipelineId} AND s.kind IN ('WON', 'LOST')
    ), reached AS (
      SELECT DISTINCT a."dealId", x.stage_id
      FROM "Activity" a JOIN closed c ON c.id = a."dealId"
      CROSS JOIN LATERAL (VALUES (a.payload->>'stageId'), (a.payload->>'fromStageId'), (a.payload->>'toStageId')) AS x(stage_id)
      WHERE a."tenantId" = ${tenantId} AND x.stage_id IS NOT NULL
    ), rates AS (
      SELECT st.id, count(*) FILTER (WHERE c.kind = 'WON') AS won, count(*) AS total
      FROM "PipelineStage" st
      CROSS JOIN closed c
      LEFT JOIN reached r ON r."dealId" = c.id AND r.stage_id = st.id
      WHERE st."pipelineId" = ${pipelineId} AND st.kind = 'OPEN' AND (c.kind = 'WON' OR r.stage_id IS NOT NULL)
      GROUP BY st.id
    )
    UPDATE "PipelineStage" p SET "learnedConversionRate" = rates.won::float8 / rates.total
    FROM rates WHERE p.id = rates.id`;
}
