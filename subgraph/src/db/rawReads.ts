import pg from 'pg';
import { Prisma, type PrismaClient } from './generated/client';

/** Runs one read-only statement and returns its rows as `prisma.$queryRaw` would. */
export type RawReader = <Row>(query: Prisma.Sql) => Promise<Row[]>;

/** Runs `work` in one transaction whose statements are given to it as a `RawReader`. */
export type RawTransactor = <T>(work: (sql: RawReader) => Promise<T>) => Promise<T>;

const readers = new WeakMap<object, RawReader>();
const transactors = new WeakMap<object, RawTransactor>();

/**
 * Used by `openDatabase` on PostgreSQL: reads and raw transactions of `prisma` go to the pg pool it
 * shares with Prisma.
 */
export function registerRawReader(
  prisma: PrismaClient,
  reader: RawReader,
  transactor: RawTransactor,
): void {
  readers.set(prisma, reader);
  transactors.set(prisma, transactor);
}

/**
 * A read statement of the request path (the loaders' lateral and index reads), sent straight to the
 * pg pool on PostgreSQL and through `prisma.$queryRaw` elsewhere (PGlite, a transaction client),
 * with the same rows either way (ADR 049). Prisma's raw path costs more CPU than the statement on
 * the board: it serialises the parameters, interprets a query plan and rebuilds each row from
 * arrays of typed values. Only for reads outside transactions: a transaction client is not
 * registered, so its reads stay on its connection.
 */
export function readRaw<Row>(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  query: Prisma.Sql,
): Promise<Row[]> {
  const reader = readers.get(prisma);
  return reader ? reader<Row>(query) : prisma.$queryRaw<Row[]>(query);
}

/**
 * A short transaction of raw statements on the request path (a deal move, ADR 050): on PostgreSQL
 * one pooled pg connection with BEGIN and COMMIT around `work` (ROLLBACK when it throws), elsewhere
 * `prisma.$transaction` with `$queryRaw`. Each statement returns its rows as `$queryRaw` would, so a
 * write says what it wrote with RETURNING. Waiting for a connection is bounded by the pool's
 * connection timeout and each statement by the statement timeout; unlike Prisma's interactive
 * transactions there is no limit on the whole, so `work` must not wait on anything but its
 * statements.
 */
export function transactRaw<T>(
  prisma: Pick<PrismaClient, '$transaction'>,
  work: (sql: RawReader) => Promise<T>,
): Promise<T> {
  const transactor = transactors.get(prisma);
  if (transactor) return transactor(work);
  return prisma.$transaction((tx) => work(<Row>(query: Prisma.Sql) => tx.$queryRaw<Row[]>(query)));
}

// The values Prisma's PostgreSQL adapter gives a raw read, by type OID: numeric as Decimal, int8 as
// BigInt, timestamp (stored as UTC) and date as Dates in UTC, bytea as a Uint8Array, and arrays
// alike. Every other type keeps pg's own parser (int4, float8, bool, json and jsonb, text and
// text[], enums as text).
const NUMERIC = 1700;
const INT8 = 20;
const TIMESTAMP = 1114;
const DATE = 1082;
const NUMERIC_ARRAY = 1231;
const INT8_ARRAY = 1016;
const TIMESTAMP_ARRAY = 1115;
const DATE_ARRAY = 1182;
const BYTEA = 17;

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const twoDigits = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

/**
 * A `timestamp` as PostgreSQL writes it ("YYYY-MM-DD HH:MM:SS[.ffffff]", ISO DateStyle) read as UTC,
 * to the millisecond as `new Date("…Z")` reads it (further digits dropped). Read field by field:
 * going through a date string cost twice the time, and a board reads about a thousand of them
 * (issue 11). Anything else (a year before 1000, after 9999 or BC, infinity) takes the string path.
 */
export function utcTimestamp(text: string): Date {
  const length = text.length;
  if (
    length < 19 ||
    length > 26 ||
    length === 20 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(10) !== 32 ||
    (length > 19 && text.charCodeAt(19) !== 46) ||
    digit(text, 0) === 0
  )
    return new Date(`${text.replace(' ', 'T')}Z`);
  const milliseconds =
    length === 19
      ? 0
      : digit(text, 20) * 100 +
        (length > 21 ? digit(text, 21) * 10 : 0) +
        (length > 22 ? digit(text, 22) : 0);
  return new Date(
    Date.UTC(
      twoDigits(text, 0) * 100 + twoDigits(text, 2),
      twoDigits(text, 5) - 1,
      twoDigits(text, 8),
      twoDigits(text, 11),
      twoDigits(text, 14),
      twoDigits(text, 17),
      milliseconds,
    ),
  );
}
/** A `date` ("YYYY-MM-DD") as midnight UTC, field by field like `utcTimestamp`. */
export function utcDate(text: string): Date {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || digit(text, 0) === 0)
    return new Date(`${text}T00:00:00Z`);
  return new Date(
    Date.UTC(
      twoDigits(text, 0) * 100 + twoDigits(text, 2),
      twoDigits(text, 5) - 1,
      twoDigits(text, 8),
    ),
  );
}
const decimal = (text: string) => new Prisma.Decimal(text);
const byteaBuffer = pg.types.getTypeParser(BYTEA, 'text') as (text: string) => Buffer;

const parsers: Record<number, (text: string) => unknown> = {
  [NUMERIC]: decimal,
  [INT8]: (text) => BigInt(text),
  [TIMESTAMP]: utcTimestamp,
  [DATE]: utcDate,
  [BYTEA]: (text) => {
    const buffer = byteaBuffer(text);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  },
};

/** A one-dimensional array of numbers, timestamps or dates (no item holds a comma or a quote). */
const arrayOf =
  (element: (text: string) => unknown) =>
  (text: string): unknown[] =>
    text === '{}'
      ? []
      : text
          .slice(1, -1)
          .split(',')
          .map((item) => (item === 'NULL' ? null : element(item.replace(/^"|"$/g, ''))));
const arrayParsers: Record<number, (text: string) => unknown> = {
  [NUMERIC_ARRAY]: arrayOf(decimal),
  [INT8_ARRAY]: arrayOf((text) => BigInt(text)),
  [TIMESTAMP_ARRAY]: arrayOf(utcTimestamp),
  [DATE_ARRAY]: arrayOf(utcDate),
};

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format === 'binary' ? undefined : (parsers[oid] ?? arrayParsers[oid])) ??
    (pg.types.getTypeParser(oid, format ?? 'text') as (
      text: string,
    ) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Parameters as Prisma sends them: Dates as UTC text (pg would send local time with an offset, which
 * a `timestamp` column ignores), Decimals and BigInts as their digits.
 */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value) || typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(parameter);
  return value;
}

/**
 * The reader for a pg pool; `name` gives the statement names Prisma's adapter uses (one text, one
 * name), absent when statements go unnamed.
 */
export function pgRawReader(
  pool: pg.Pool,
  name: StatementNamer | undefined,
  onQuery?: OnQuery,
): RawReader {
  return (query) => runOn(pool, query, name, onQuery);
}

/** The transactor for a pg pool: one connection for the transaction, as `pgRawReader` reads. */
export function pgRawTransactor(
  pool: pg.Pool,
  name: StatementNamer | undefined,
  onQuery?: OnQuery,
): RawTransactor {
  return async (work) => {
    const client = await pool.connect();
    // A connection that errs while checked out (killed, the server restarting) or whose ROLLBACK
    // failed is broken: the pool drops it instead of reusing it. Without a listener the client's
    // 'error' event would end the process (the pool listens only while the client is idle).
    let broken: Error | undefined;
    const onError = (error: Error) => (broken = error);
    client.on('error', onError);
    try {
      onQuery?.('BEGIN', '[]');
      await client.query('BEGIN');
      const result = await work((query) => runOn(client, query, name, onQuery));
      onQuery?.('COMMIT', '[]');
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // Also after a failed BEGIN: PostgreSQL only warns of a ROLLBACK outside a transaction.
      onQuery?.('ROLLBACK', '[]');
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
}

type StatementNamer = (query: { sql: string }) => string | undefined;
type OnQuery = (sql: string, params: string) => void;

async function runOn<Row>(
  queryable: pg.Pool | pg.PoolClient,
  query: Prisma.Sql,
  name: StatementNamer | undefined,
  onQuery: OnQuery | undefined,
): Promise<Row[]> {
  const values = query.values.map(parameter);
  onQuery?.(query.text, JSON.stringify(values));
  const config: pg.QueryConfig = { text: query.text, values, types };
  const statement = name?.({ sql: query.text });
  if (statement) config.name = statement;
  const result = await queryable.query(config);
  return result.rows as Row[];
}
