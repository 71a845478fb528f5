import DataLoader from 'dataloader';
import type {
  Activity,
  Customer,
  Deal,
  Lead,
  LeadScoreSnapshot,
  Pipeline,
  PipelineStage,
  PrismaClient,
  ScoringModel,
  User,
  Prisma,
} from '../db/generated/client';
import { OPEN_LEAD_STATUSES } from '../types/leadStatuses';
import { loadClosedDeals, type ClosedDeal } from './loadClosedDeals';
import { groupBy, indexBy } from './groupBy';

/** A stage's deal count and the sum of its deal values per currency (never across currencies). */
export type StageTotals = { count: number; totals: { currency: string; total: string }[] };

/**
 * Per-request DataLoaders: every reference resolver and list field goes through one of these, so
 * a query costs a fixed number of SQL statements however many parents it has. All are scoped to
 * the tenant: an id of another tenant loads as null, exactly like an id that does not exist.
 */
export function createLoaders(prisma: PrismaClient, tenantId: string) {
  const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) =>
      indexBy(ids, await load([...ids]), (row) => row.id),
    );

  // Loaders that take arguments (filter, first) are kept per distinct argument set.
  const parametrised = new Map<string, DataLoader<string, unknown>>();
  function withArgs<T>(
    name: string,
    args: unknown,
    make: () => DataLoader<string, T>,
  ): DataLoader<string, T> {
    const key = `${name}:${JSON.stringify(args ?? null)}`;
    let loader = parametrised.get(key);
    if (!loader) {
      loader = make();
      parametrised.set(key, loader);
    }
    return loader as DataLoader<string, T>;
  }

  let rottingStages: Promise<PipelineStage[]> | undefined;

  const dealsBy = (
    field: 'stageId' | 'customerId',
    where: Prisma.DealWhereInput,
    first: number | null | undefined,
    afterPosition?: number | null,
  ) =>
    withArgs<Deal[]>(
      `deals:${field}`,
      { where, first, afterPosition },
      () =>
        new DataLoader(async (keys) => {
          const rows = await prisma.deal.findMany({
            where: {
              ...where,
              tenantId,
              [field]: { in: [...keys] },
              ...(afterPosition != null ? { position: { gt: afterPosition } } : {}),
            },
            orderBy:
              field === 'stageId'
                ? [{ stageId: 'asc' }, { position: 'asc' }]
                : [{ createdAt: 'desc' }, { id: 'asc' }],
          });
          return groupBy(keys, rows, (row) => row[field]).map((group) =>
            first != null ? group.slice(0, first) : group,
          );
        }),
    );

  return {
    deal: byId<Deal>((ids) => prisma.deal.findMany({ where: { tenantId, id: { in: ids } } })),
    lead: byId<Lead>((ids) => prisma.lead.findMany({ where: { tenantId, id: { in: ids } } })),
    stage: byId<PipelineStage>((ids) =>
      prisma.pipelineStage.findMany({ where: { tenantId, id: { in: ids } } }),
    ),
    pipeline: byId<Pipeline>((ids) =>
      prisma.pipeline.findMany({ where: { tenantId, id: { in: ids } } }),
    ),
    user: byId<User>((ids) => prisma.user.findMany({ where: { tenantId, id: { in: ids } } })),
    customer: byId<Customer>((ids) =>
      prisma.customer.findMany({ where: { tenantId, id: { in: ids } } }),
    ),
    dealByLead: new DataLoader<string, Deal | null>(async (leadIds) =>
      indexBy(
        leadIds,
        await prisma.deal.findMany({ where: { tenantId, leadId: { in: [...leadIds] } } }),
        (row) => row.leadId ?? '',
      ),
    ),
    stagesOfPipeline: new DataLoader<string, PipelineStage[]>(async (pipelineIds) =>
      groupBy(
        pipelineIds,
        await prisma.pipelineStage.findMany({
          where: { tenantId, pipelineId: { in: [...pipelineIds] } },
          orderBy: [{ order: 'asc' }, { id: 'asc' }],
        }),
        (row) => row.pipelineId,
      ),
    ),
    /** The tenant's open stages with rotting days (filters on rotting deals need them). */
    rottingStages: () =>
      (rottingStages ??= prisma.pipelineStage.findMany({
        where: { tenantId, kind: 'OPEN', rottingDays: { not: null } },
      })),
    dealsOfStage: (
      where: Prisma.DealWhereInput,
      first: number | null | undefined,
      afterPosition: number | null | undefined,
    ) => dealsBy('stageId', where, first, afterPosition),
    dealsOfCustomer: (where: Prisma.DealWhereInput, first: number | null | undefined) =>
      dealsBy('customerId', where, first),
    stageTotals: (where: Prisma.DealWhereInput) =>
      withArgs<StageTotals>(
        'stageTotals',
        where,
        () =>
          new DataLoader(async (stageIds) => {
            const rows = await prisma.deal.groupBy({
              by: ['stageId', 'currency'],
              where: { ...where, tenantId, stageId: { in: [...stageIds] } },
              _count: { _all: true },
              _sum: { value: true },
              orderBy: [{ stageId: 'asc' }, { currency: 'asc' }],
            });
            return groupBy(stageIds, rows, (row) => row.stageId).map((group) => ({
              count: group.reduce((sum, row) => sum + row._count._all, 0),
              totals: group.map((row) => ({
                currency: row.currency,
                total: row._sum.value?.toFixed(2) ?? '0.00',
              })),
            }));
          }),
      ),
    /** Sum of deal values per customer, stage and currency (for the customer's pipeline figures). */
    customerStageValues: new DataLoader<
      string,
      { stageId: string; currency: string; total: string }[]
    >(async (customerIds) => {
      const rows = await prisma.deal.groupBy({
        by: ['customerId', 'stageId', 'currency'],
        where: { tenantId, customerId: { in: [...customerIds] } },
        _sum: { value: true },
      });
      return groupBy(customerIds, rows, (row) => row.customerId).map((group) =>
        group.map((row) => ({
          stageId: row.stageId,
          currency: row.currency,
          total: row._sum.value?.toFixed(2) ?? '0.00',
        })),
      );
    }),
    activitiesOf: (field: 'dealId' | 'leadId', first: number | null | undefined) =>
      withArgs<Activity[]>(
        `activities:${field}`,
        first,
        () =>
          new DataLoader(async (keys) => {
            const rows = await prisma.activity.findMany({
              where: { tenantId, [field]: { in: [...keys] } },
              orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }],
            });
            return groupBy(keys, rows, (row) => row[field]).map((group) =>
              group.slice(0, first ?? 100),
            );
          }),
      ),
    snapshotsOfLead: (first: number | null | undefined) =>
      withArgs<LeadScoreSnapshot[]>(
        'snapshots',
        first,
        () =>
          new DataLoader(async (leadIds) => {
            const rows = await prisma.leadScoreSnapshot.findMany({
              where: { tenantId, leadId: { in: [...leadIds] } },
              orderBy: { createdAt: 'desc' },
            });
            return groupBy(leadIds, rows, (row) => row.leadId).map((group) =>
              group.slice(0, first ?? 50),
            );
          }),
      ),
    /** The customer's best open, scored lead. */
    bestOpenLeadOfCustomer: new DataLoader<string, Lead | null>(async (customerIds) => {
      const rows = await prisma.lead.findMany({
        where: {
          tenantId,
          customerId: { in: [...customerIds] },
          status: { in: OPEN_LEAD_STATUSES },
          score: { not: null },
        },
        orderBy: [{ score: 'desc' }, { id: 'asc' }],
        distinct: ['customerId'],
      });
      return indexBy(customerIds, rows, (row) => row.customerId ?? '');
    }),
    /** Scoring models by version. */
    scoringModel: new DataLoader<number, ScoringModel | null>(async (versions) =>
      indexBy(
        versions,
        await prisma.scoringModel.findMany({
          where: { tenantId, version: { in: [...versions] } },
        }),
        (row) => row.version,
      ),
    ),
    /** Won and lost deals of a customer, oldest first (deal history features). */
    closedDealsOfCustomer: new DataLoader<string, ClosedDeal[]>(async (customerIds) => {
      const byCustomer = await loadClosedDeals(prisma, tenantId, customerIds);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
