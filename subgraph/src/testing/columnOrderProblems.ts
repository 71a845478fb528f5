import type { PrismaClient } from '../db/generated/client';
import { isPositionKey } from '../services/deals/positionKey';

/**
 * What breaks "the board order is a strict total order per stage" (ADR 023), as readable lines
 * (empty when none): in `ORDER BY position, id` every key is well formed and each row comes
 * strictly after the one before it in its column by (key in byte order, id), so the database's
 * order (COLLATE "C") is the keys' own. `distinct` also requires every key to differ from its
 * neighbour's (what a rebalance and sequential placements guarantee).
 */
export async function columnOrderProblems(
  prisma: PrismaClient,
  pipelineId?: string,
  { distinct = false }: { distinct?: boolean } = {},
): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ stageId: string; position: string; id: string }[]>`
    SELECT "stageId", position, id FROM "Deal"
    WHERE ${pipelineId ?? null}::text IS NULL OR "pipelineId" = ${pipelineId ?? null}
    ORDER BY "stageId", position, id`;
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (!isPositionKey(row.position)) problems.push(`${row.id}: malformed key ${row.position}`);
    const previous = rows[i - 1];
    if (!previous || previous.stageId !== row.stageId) return;
    // Equal keys are ordered by id (unique), which the query's ORDER BY already did.
    const after =
      previous.position < row.position || (!distinct && previous.position === row.position);
    if (!after)
      problems.push(
        `${row.stageId}: ${previous.id} (${previous.position}) is not before ${row.id} (${row.position})`,
      );
  });
  return problems;
}
