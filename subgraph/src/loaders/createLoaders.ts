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
} from '../db/generated/client';
import { Prisma } from '../db/generated/client';
import { OPEN_LEAD_STATUSES } from '../types/leadStatuses';
import { createDealIndexLoader } from './dealIndexLoader';
import { exchangeRateLoaders } from './exchangeRateLoaders';
import { loadClosedDeals, type ClosedDeal } from './loadClosedDeals';
import { groupBy, indexBy } from './groupBy';
import { lateralPerKey, lateralPerKeyBeside, readWithBeside } from './lateralPerKey';
import { readRaw } from '../db/rawReads';
import { plannedActivityLoaders } from './plannedActivityLoaders';
import { peekableLoader, type Peekable } from './peekable';

/** The tables that store engine models: lead scoring's and the deal model's (ADR 039). */
export type ModelTable = 'ScoringModel' | 'DealWinModel';

/** The columns a lead's card reads (`leadCard`): its identity, score and status. */
export const LEAD_CARD_COLUMNS = [
  'id',
  'tenantId',
  'name',
  'status',
  'score',
  'probability',
  'customerId',
  'ownerId',
] as const satisfies readonly (keyof Lead)[];
export type LeadCard = Pick<Lead, (typeof LEAD_CARD_COLUMNS)[number]>;

/** The columns of a lead's score figures (a customer's `leadScore` without its explanation). */
export const SCORE_CARD_COLUMNS = [
  ...LEAD_CARD_COLUMNS,
  'scoreModelVersion',
  'scoredAt',
] as const satisfies readonly (keyof Lead)[];
export type ScoreCard = Pick<Lead, (typeof SCORE_CARD_COLUMNS)[number]>;

/**
 * A stage row as `jsonb_agg` gives it: every column under its own name, as a raw read gives it but
 * for the times, which JSON holds as text ("2026-12-01T10:00:00.123", UTC as stored). The other
 * columns are text, integers and floats, the same in JSON; `lateralPerKey.test.ts` compares the
 * two reads, so a column of another type added later fails there.
 */
export function stageFromJson(json: Record<string, unknown>): PipelineStage {
  const row = json as unknown as PipelineStage;
  row.createdAt = new Date(`${json.createdAt as string}Z`);
  row.updatedAt = new Date(`${json.updatedAt as string}Z`);
  return row;
}

/** A stage's deal count and the sum of its deal values per currency (never across currencies). */
export type StageTotals = { count: number; totals: { currency: string; total: string }[] };

/**
 * Per-request DataLoaders: every reference resolver and list field goes through one of these, so
 * a query costs a fixed number of SQL statements however many parents it has. All are scoped to
 * the tenant: an id of another tenant loads as null, exactly like an id that does not exist.
 */
export function createLoaders(prisma: PrismaClient, tenantId: string) {
  /**
   * The tenant's rows of a table by id, one statement per batch with the ids as one array parameter
   * (one prepared statement per table, straight to the pool on PostgreSQL: ADR 049). The rows are
   * the table's columns as $queryRaw gives them, which are the model's fields: no field is mapped.
   */
  const rowsOf =
    <T>(table: 'Deal' | 'Lead' | 'Pipeline' | 'PipelineStage' | 'User' | 'Customer') =>
    (ids: string[]) =>
      readRaw<T>(
        prisma,
        Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE "tenantId" = ${tenantId} AND id = ANY(${ids}::text[])`,
      );
  const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    peekableLoader<string, T | null>(async (ids) =>
      indexBy(ids, await load([...ids]), (row) => row.id),
    );
  const byVersion = <T extends { version: number }>(load: (versions: number[]) => Promise<T[]>) =>
    new DataLoader<number, T | null>(async (versions) =>
      indexBy(versions, await load([...versions]), (row) => row.version),
    );

  const idsByVersion = (table: ModelTable) =>
    byVersion<{ id: string; version: number }>((versions) =>
      readRaw(
        prisma,
        Prisma.sql`SELECT id, version FROM ${Prisma.raw(`"${table}"`)}
          WHERE "tenantId" = ${tenantId} AND version = ANY(${versions}::integer[])`,
      ),
    );
  let modelIds: Record<ModelTable, DataLoader<number, { id: string; version: number } | null>>;

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

  // What a field builds from its arguments, once per request: every item of a list shares the
  // field's `info.fieldNodes` and, the variables being the request's, the same arguments.
  const perFieldValues = new WeakMap<object, unknown>();

  // Stage rows read by this request, by id, however they were read: answered at once by
  // `stageRead` and never read again by the `stage` loader (ADR 045).
  const stagesRead = new Map<string, PipelineStage>();
  const rememberStages = (rows: PipelineStage[]) => {
    for (const row of rows) {
      stagesRead.set(row.id, row);
      stage?.prime(row.id, row);
    }
    return rows;
  };
  /** The tenant's stages of `rows` (a relation with a `stageId` column) as one JSON array. */
  const stagesOf = (rows: Prisma.Sql) => Prisma.sql`SELECT jsonb_agg(s) FROM "PipelineStage" s
    WHERE s."tenantId" = ${tenantId} AND s.id IN (SELECT "stageId" FROM ${rows})`;
  const rememberStagesOf = (json: Record<string, unknown>[] | null) => {
    if (json) rememberStages(json.map(stageFromJson));
  };
  // Made when first asked for, knowing the stages read before.
  let stage: DataLoader<string, PipelineStage | null> | undefined;
  const stageLoader = () => {
    if (stage) return stage;
    stage = byId<PipelineStage>(async (ids) =>
      rememberStages(await rowsOf<PipelineStage>('PipelineStage')(ids)),
    );
    for (const [id, row] of stagesRead) stage.prime(id, row);
    return stage;
  };

  /**
   * A stage's deals in board order (position, id) or a customer's newest first, at most `first`
   * per key, read per key in SQL (ADR 022). `condition` is the filter on `"Deal" d`; `after` starts
   * a stage's page after the deal with that position (and id, when given). `columns` (with `id`
   * and `field`) are the columns read, every one when null: the rows are typed as whole deals and
   * hold only what the request's fields read (`dealColumnsFor`).
   */
  const dealsBy = (
    field: 'stageId' | 'customerId',
    condition: Prisma.Sql,
    first: number | null | undefined,
    columns: readonly string[] | null,
    after?: { position: Deal['position']; id?: string | undefined } | null,
  ) =>
    withArgs<Deal[]>(
      `deals:${field}`,
      { sql: condition.sql, values: condition.values, first, after, columns },
      () =>
        new DataLoader((keys) => {
          const subquery = (key: Prisma.Sql) => {
            const start = !after
              ? Prisma.empty
              : after.id != null
                ? Prisma.sql`AND (d.position, d.id) > (${after.position}, ${after.id})`
                : Prisma.sql`AND d.position > ${after.position}`;
            const order =
              field === 'stageId'
                ? Prisma.sql`d.position, d.id`
                : Prisma.sql`d."createdAt" DESC, d.id`;
            const limit = first != null ? Prisma.sql`LIMIT ${Math.max(0, first)}` : Prisma.empty;
            const read = Prisma.raw(
              columns ? columns.map((column) => `d."${column}"`).join(', ') : 'd.*',
            );
            return Prisma.sql`SELECT ${read} FROM "Deal" d
              WHERE d.${Prisma.raw(`"${field}"`)} = ${key} AND ${condition} ${start}
              ORDER BY ${order} ${limit}`;
          };
          // A customer's deals bring their stages in the same statement when what is asked of them
          // reads the stage (their stage, rotting, win probability): a board's cards find theirs
          // read with the pipeline, a customer's would cost a statement more (issue 11).
          if (field === 'stageId' || (columns && !columns.includes('stageId')))
            return lateralPerKey<Deal>(prisma, keys, subquery, field);
          return lateralPerKeyBeside<Deal, Record<string, unknown>[]>(
            prisma,
            keys,
            subquery,
            field,
            stagesOf,
          ).then(({ groups, beside }) => {
            rememberStagesOf(beside);
            return groups;
          });
        }),
    );

  const bestOpenLeadOf = <Row extends { customerId: string | null }>(columns: Prisma.Sql) =>
    new DataLoader<string, Row | null>(async (customerIds) =>
      (
        await lateralPerKey<Row>(
          prisma,
          customerIds,
          (key) => Prisma.sql`SELECT ${columns} FROM "Lead" l
            WHERE l."tenantId" = ${tenantId} AND l."customerId" = ${key}
              AND l.status IN (${Prisma.raw(OPEN_LEAD_STATUSES.map((status) => `'${status}'`).join(', '))})
              AND l.score IS NOT NULL
            ORDER BY l.score DESC, l.id LIMIT 1`,
          'customerId',
        )
      ).map((rows) => rows[0] ?? null),
    );

  // Every loader is made when a resolver first asks for it (a getter and a slot here), not for
  // every request: an empty request made all twenty, and their caches were about a third of what
  // it allocated (issue 11). Named one by one, not spread: an object literal that starts with a
  // spread and goes on with thirty properties took about 30 µs to build on every request (V8 adds
  // each property on a slow path after the spread).
  let planned: ReturnType<typeof plannedActivityLoaders> | undefined;
  let deal: Peekable<string, Deal | null> | undefined;
  let lead: Peekable<string, Lead | null> | undefined;
  let leadCard: Peekable<string, LeadCard | null> | undefined;
  let pipeline: Peekable<string, Pipeline | null> | undefined;
  let user: Peekable<string, User | null> | undefined;
  let customer: Peekable<string, Customer | null> | undefined;
  let dealIndex: ReturnType<typeof createDealIndexLoader> | undefined;
  let dealByLead: DataLoader<string, Deal | null> | undefined;
  let stagesOfPipeline: DataLoader<string, PipelineStage[]> | undefined;
  let customerStageValues:
    DataLoader<string, { stageId: string; currency: string; total: string }[]> | undefined;
  let bestOpenLeadOfCustomer: DataLoader<string, Lead | null> | undefined;
  let bestOpenLeadCardOfCustomer: DataLoader<string, ScoreCard | null> | undefined;
  let scoringModel: DataLoader<number, ScoringModel | null> | undefined;
  let closedDealsOfCustomer: DataLoader<string, ClosedDeal[]> | undefined;
  let exchangeRates: ReturnType<typeof exchangeRateLoaders> | undefined;
  return {
    get nextActivityOf() {
      return (planned ??= plannedActivityLoaders(prisma, tenantId)).nextActivityOf;
    },
    get plannedActivitiesOf() {
      return (planned ??= plannedActivityLoaders(prisma, tenantId)).plannedActivitiesOf;
    },
    get deal() {
      return (deal ??= byId<Deal>(rowsOf('Deal')));
    },
    get lead() {
      return (lead ??= byId<Lead>(rowsOf('Lead')));
    },
    /**
     * Leads with only the columns of a card (`LEAD_CARD_COLUMNS`): a board's 240 cards each show
     * their lead's score, and the whole row (metadata JSON, stored bins, five dates) cost three
     * times the client CPU and twice the statement's time (issue 11).
     */
    get leadCard() {
      return (leadCard ??= byId<LeadCard>((ids) =>
        readRaw<LeadCard>(
          prisma,
          Prisma.sql`SELECT ${Prisma.raw(LEAD_CARD_COLUMNS.map((c) => `"${c}"`).join(', '))} FROM "Lead"
          WHERE "tenantId" = ${tenantId} AND id = ANY(${ids}::text[])`,
        ),
      ));
    },
    get stage() {
      return stageLoader();
    },
    /**
     * A stage this request has already read (by id or with its pipeline), or undefined: lets the
     * fields of a board's cards that need their stage answer without a promise each (ADR 045).
     */
    stageRead: (id: string): PipelineStage | undefined => stagesRead.get(id),
    /** Stage rows read outside the loaders (a move reads its two): later reads cost nothing. */
    primeStages: rememberStages,
    get pipeline() {
      return (pipeline ??= byId<Pipeline>(rowsOf('Pipeline')));
    },
    get user() {
      return (user ??= byId<User>(rowsOf('User')));
    },
    get customer() {
      return (customer ??= byId<Customer>(rowsOf('Customer')));
    },
    /** A deal's index in its column: the API's Deal.position (ADR 023). */
    get dealIndex() {
      return (dealIndex ??= createDealIndexLoader(prisma));
    },
    get dealByLead() {
      return (dealByLead ??= new DataLoader<string, Deal | null>(async (leadIds) =>
        indexBy(
          leadIds,
          await prisma.deal.findMany({ where: { tenantId, leadId: { in: [...leadIds] } } }),
          (row) => row.leadId ?? '',
        ),
      ));
    },
    get stagesOfPipeline() {
      return (stagesOfPipeline ??= new DataLoader<string, PipelineStage[]>(async (pipelineIds) =>
        groupBy(
          pipelineIds,
          rememberStages(
            await readRaw<PipelineStage>(
              prisma,
              Prisma.sql`SELECT * FROM "PipelineStage"
              WHERE "tenantId" = ${tenantId} AND "pipelineId" = ANY(${[...pipelineIds]}::text[])
              ORDER BY "order", id`,
            ),
          ),
          (row) => row.pipelineId,
        ),
      ));
    },
    /**
     * `make()` once per request for a field of the operation (`fieldNodes`: the resolver's
     * `info.fieldNodes`): 100 customers of an `_entities` answer build their `deals` loader once,
     * not 100 times. Only for values that depend on nothing but the field's arguments.
     */
    perField: <T>(fieldNodes: object, make: () => T): T => {
      if (perFieldValues.has(fieldNodes)) return perFieldValues.get(fieldNodes) as T;
      const value = make();
      perFieldValues.set(fieldNodes, value);
      return value;
    },
    /** The tenant's open stages with rotting days (filters on rotting deals need them). */
    rottingStages: () =>
      (rottingStages ??= prisma.pipelineStage.findMany({
        where: { tenantId, kind: 'OPEN', rottingDays: { not: null } },
      })),
    dealsOfStage: (
      condition: Prisma.Sql,
      first: number | null | undefined,
      columns: readonly string[] | null,
      afterPosition: Deal['position'] | null | undefined,
      afterId?: string,
    ) =>
      dealsBy(
        'stageId',
        condition,
        first,
        columns,
        afterPosition != null ? { position: afterPosition, id: afterId } : null,
      ),
    dealsOfCustomer: (
      condition: Prisma.Sql,
      first: number | null | undefined,
      columns: readonly string[] | null,
    ) => dealsBy('customerId', condition, first, columns),
    /**
     * A stage's deal count and totals per currency: per stage its own index range
     * (`stageId, currency, tenantId, value`, read from the index alone), not one scan of every
     * stage's deals, which the planner prefers to a scan of most of the table (ADR 022).
     */
    stageTotals: (condition: Prisma.Sql) =>
      withArgs<StageTotals>(
        'stageTotals',
        { sql: condition.sql, values: condition.values },
        () =>
          new DataLoader(async (stageIds) =>
            (
              await lateralPerKey<{ currency: string; count: number; total: Prisma.Decimal }>(
                prisma,
                stageIds,
                (
                  key,
                ) => Prisma.sql`SELECT d.currency, count(*)::integer AS count, sum(d.value) AS total
                  FROM "Deal" d WHERE d."stageId" = ${key} AND ${condition}
                  GROUP BY d.currency ORDER BY d.currency`,
              )
            ).map((rows) => ({
              count: rows.reduce((sum, row) => sum + row.count, 0),
              totals: rows.map((row) => ({
                currency: row.currency,
                total: new Prisma.Decimal(row.total).toFixed(2),
              })),
            })),
          ),
      ),
    /** Sum of deal values per customer, stage and currency (for the customer's pipeline figures). */
    get customerStageValues() {
      return (customerStageValues ??= new DataLoader<
        string,
        { stageId: string; currency: string; total: string }[]
      >(async (customerIds) => {
        // With the stages of those rows beside them (as a customer's deals bring theirs): the
        // totals need each stage's kind and rate, and reading them here keeps a customer's figures
        // at a fixed number of statements, whichever read comes back first (issue 11).
        const { rows, beside } = await readWithBeside<
          { customerId: string; stageId: string; currency: string; total: Prisma.Decimal },
          Record<string, unknown>[]
        >(
          prisma,
          Prisma.sql`SELECT "customerId", "stageId", currency, sum(value) AS total FROM "Deal"
          WHERE "tenantId" = ${tenantId} AND "customerId" = ANY(${[...customerIds]}::text[])
          GROUP BY "customerId", "stageId", currency`,
          stagesOf,
        );
        rememberStagesOf(beside);
        return groupBy(customerIds, rows, (row) => row.customerId).map((group) =>
          group.map((row) => ({
            stageId: row.stageId,
            currency: row.currency,
            total: row.total.toFixed(2),
          })),
        );
      }));
    },
    activitiesOf: (field: 'dealId' | 'leadId', first: number | null | undefined) =>
      withArgs<Activity[]>(
        `activities:${field}`,
        first,
        () =>
          new DataLoader((keys) =>
            lateralPerKey<Activity>(
              prisma,
              keys,
              (key) => Prisma.sql`SELECT a.* FROM "Activity" a
                WHERE a.${Prisma.raw(`"${field}"`)} = ${key} AND a."tenantId" = ${tenantId}
                ORDER BY a."occurredAt" DESC, a."createdAt" DESC LIMIT ${Math.max(0, first ?? 100)}`,
              field,
            ),
          ),
      ),
    snapshotsOfLead: (first: number | null | undefined) =>
      withArgs<LeadScoreSnapshot[]>(
        'snapshots',
        first,
        () =>
          new DataLoader((leadIds) =>
            lateralPerKey<LeadScoreSnapshot>(
              prisma,
              leadIds,
              (key) => Prisma.sql`SELECT s.* FROM "LeadScoreSnapshot" s
                WHERE s."leadId" = ${key} AND s."tenantId" = ${tenantId}
                ORDER BY s."createdAt" DESC LIMIT ${Math.max(0, first ?? 50)}`,
              'leadId',
            ),
          ),
      ),
    /** The customer's best open, scored lead: one index range per customer (ADR 022). */
    get bestOpenLeadOfCustomer() {
      return (bestOpenLeadOfCustomer ??= bestOpenLeadOf<Lead>(Prisma.sql`l.*`));
    },
    /** The same lead with only the columns of its score's figures (`SCORE_CARD_COLUMNS`). */
    get bestOpenLeadCardOfCustomer() {
      return (bestOpenLeadCardOfCustomer ??= bestOpenLeadOf<ScoreCard>(
        Prisma.raw(SCORE_CARD_COLUMNS.map((c) => `l."${c}"`).join(', ')),
      ));
    },
    /** Scoring model rows by version (the model card of an explanation; not the engine model). */
    get scoringModel() {
      return (scoringModel ??= byVersion<ScoringModel>((versions) =>
        prisma.scoringModel.findMany({ where: { tenantId, version: { in: versions } } }),
      ));
    },
    /**
     * The row id (with its version) of each model version, lead scoring's or the deal model's, read
     * without the model's parameters: parsed models are kept per process by id (`modelOfVersion`, ADR 053).
     */
    modelIdOfVersion: (table: ModelTable) =>
      (modelIds ??= {
        ScoringModel: idsByVersion('ScoringModel'),
        DealWinModel: idsByVersion('DealWinModel'),
      })[table],
    /** A stored model's parameters as JSON text (null: no such row). */
    modelParams: async (table: ModelTable, id: string): Promise<string | null> => {
      const rows = await readRaw<{ params: string }>(
        prisma,
        Prisma.sql`SELECT params::text AS params FROM ${Prisma.raw(`"${table}"`)}
          WHERE "tenantId" = ${tenantId} AND id = ${id}`,
      );
      return rows[0]?.params ?? null;
    },
    /** Won and lost deals of a customer, oldest first (deal history features). */
    get closedDealsOfCustomer() {
      return (closedDealsOfCustomer ??= new DataLoader<string, ClosedDeal[]>(
        async (customerIds) => {
          const byCustomer = await loadClosedDeals(prisma, tenantId, customerIds);
          return customerIds.map((id) => byCustomer.get(id) ?? []);
        },
      ));
    },
    /** The reporting currency and dated exchange rates (ADR 038). */
    get exchangeRates() {
      return (exchangeRates ??= exchangeRateLoaders(prisma, tenantId));
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
