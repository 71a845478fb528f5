import { Prisma, type Deal } from '../../db/generated/client';
import type { DealFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { dealWhereSqlFor } from '../deals/dealWhereSqlFor';
import { notFound } from '../common/errors';
import { csvLine } from './csvLine';
import { customerNames, userNames } from './exportNames';
import { EXPORT_PAGE_SIZE } from './leadCsv';

const HEADER = [
  'id',
  'title',
  'pipeline',
  'stage',
  'stage_kind',
  'value',
  'currency',
  'owner',
  'customer',
  'expected_close_date',
  'created_at',
  'closed_at',
  'lost_reason',
];

/**
 * A pipeline's deals as CSV lines, header first, in board order: stage by stage, each column in
 * its board order (position, id), read in keyset pages from the `(stageId, position, id)` index
 * with the board's filters. One page is held at a time. An unknown pipeline is NOT_FOUND before
 * the first line; an archived one is exported like any other (its deals still exist).
 */
export async function* dealCsv(context: Context, filter: DealFilter & { pipelineId: string }) {
  const { prisma, tenantId } = context;
  const pipeline = await prisma.pipeline.findFirst({
    where: { id: filter.pipelineId, tenantId },
    include: { stages: { orderBy: [{ order: 'asc' }, { id: 'asc' }] } },
  });
  if (!pipeline) throw notFound('Pipeline', filter.pipelineId);
  const where = await dealWhereSqlFor(context, filter);
  const users = await userNames(context);
  yield csvLine(HEADER);
  for (const stage of pipeline.stages) {
    let last: Pick<Deal, 'position' | 'id'> | undefined;
    for (;;) {
      const after = last
        ? Prisma.sql`AND (d.position, d.id) > (${last.position}, ${last.id})`
        : Prisma.empty;
      const deals = await prisma.$queryRaw<Deal[]>`
        SELECT d.* FROM "Deal" d
        WHERE ${where} AND d."stageId" = ${stage.id} ${after}
        ORDER BY d.position, d.id LIMIT ${EXPORT_PAGE_SIZE}`;
      const customers = await customerNames(
        context,
        deals.map((deal) => deal.customerId),
      );
      for (const deal of deals) {
        yield csvLine([
          deal.id,
          deal.title,
          pipeline.name,
          stage.name,
          stage.kind,
          new Prisma.Decimal(deal.value).toFixed(2),
          deal.currency,
          deal.ownerId ? (users.get(deal.ownerId) ?? deal.ownerId) : null,
          deal.customerId ? (customers.get(deal.customerId) ?? deal.customerId) : null,
          deal.expectedCloseDate?.toISOString().slice(0, 10),
          deal.createdAt.toISOString(),
          deal.closedAt?.toISOString(),
          deal.lostReason,
        ]);
      }
      if (deals.length < EXPORT_PAGE_SIZE) break;
      last = deals.at(-1);
    }
  }
}
