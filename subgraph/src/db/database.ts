import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from './generated/client';
import { pgRawReader, pgRawTransactor, registerRawReader } from './rawReads';
import { lockDataDir } from './dataDirLock';
import { PGLITE_EXTENSIONS } from './pgliteExtensions';

export type DatabaseOptions = {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; 'memory://' for a throwaway database. */
  dataDir?: string | undefined;
  /** A PGlite data directory dumped by `dumpDataDir` to start from (test templates). */
  loadDataDir?: Blob | undefined;
  /** Per-statement time limit on PostgreSQL, in ms. */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL connections in the pool (default 10, DATABASE_POOL_SIZE). Every interactive
   * transaction holds one for its whole life, so this bounds concurrent transactions; requests
   * beyond it wait up to `transactionMaxWaitMs` for one. Sized for the server, not the clients
   * (ADR 022): PostgreSQL runs at most about 2-4 busy backends per core usefully, so 10 per
   * process on a 2-core server keeps both cores busy while one backend waits on I/O or a lock;
   * more only queue inside PostgreSQL instead of in the pool. With several replicas, keep
   * replicas × pool below the server's max_connections (100 by default).
   */
  poolSize?: number;
  /**
   * Name each distinct statement so that every connection parses it once and PostgreSQL keeps its
   * plan (default true; DATABASE_PREPARED_STATEMENTS=false). Off behind a pooler that hands a
   * session's statements to other sessions (PgBouncer in transaction mode before 1.21). ADR 049.
   */
  preparedStatements?: boolean;
  /** How long a transaction may wait for a pooled connection, in ms (default 10 s). */
  transactionMaxWaitMs?: number;
  /** How long an interactive transaction may stay open, in ms (default 10 s). */
  transactionTimeoutMs?: number;
  /** Called once per SQL statement with its parameters as JSON (tests count and EXPLAIN them). */
  onQuery?: (sql: string, params: string) => void;
};

export type Database = {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, safe to print (no password). */
  label: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * The same database for a batch no request waits for (the start-up's migrations, seed, stage
   * rates and first models): on PostgreSQL a small pool of its own whose statements may run for
   * STARTUP_STATEMENT_TIMEOUT_MS, closed by the caller; the embedded database has no statement
   * timeout and is itself. A start on a busy machine died on the requests' 15 s limit.
   */
  forLongStatements(): Promise<Database>;
  close(): Promise<void>;
};

/** How long a start-up statement may run on PostgreSQL (the requests' limit is STATEMENT_TIMEOUT_MS). */
export const STARTUP_STATEMENT_TIMEOUT_MS = 300_000;

export const DEFAULT_DATA_DIR = '.data/pglite';

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const database = options.url ? openPostgres(options.url, options) : await openPglite(options);
  try {
    await database.prisma.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await database.close().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    // Prisma wraps driver errors in a multi-line "Invalid invocation" text; its last line is the cause.
    const reason = message.trim().split('\n').filter(Boolean).at(-1) ?? message;
    throw new Error(`Cannot reach the database at ${database.label}: ${reason}`, { cause: error });
  }
  return database;
}

/**
 * How long closing waits for statements still running on the pool's connections. A shutdown
 * closes the database after its HTTP drain deadline has cut the requests in flight; a statement of
 * theirs waiting on a lock ran on to the statement timeout (15 s by default, past a 10 s deadline,
 * and with a longer timeout past the process's backstop: exit 1). Not waited for, such a
 * statement's transaction is never committed: PostgreSQL rolls it back when it finds the
 * connection gone.
 */
export const POOL_END_WAIT_MS = 1_000;

/** `pool.end()`, or, when connections are still busy after `ms`, their sockets closed. */
async function endWithin(pool: pg.Pool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ended = pool.end();
  const waited = await Promise.race([
    ended.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]);
  clearTimeout(timer);
  if (waited) return;
  // The busy clients are the pool's own; pg has no public way to abandon one mid-statement.
  const busy = (pool as unknown as { _clients?: pg.Client[] })._clients ?? [];
  for (const client of busy)
    (
      client as unknown as { connection?: { stream?: { destroy(): void } } }
    ).connection?.stream?.destroy();
  await ended.catch(() => {});
}

/**
 * How long past the statement timeout a connection with a statement out may stay silent before it
 * is given up (ADR 088). PostgreSQL answers every statement within the timeout, if only with its
 * cancellation; silence beyond it is a server that is frozen or a network path that drops packets
 * without a reset, and without this the request waited until the TCP stack gave up (minutes).
 */
export const SILENCE_GRACE_MS = 5_000;

/**
 * The statement timeout a `SET [LOCAL|SESSION] statement_timeout …` or `RESET statement_timeout`
 * statement gives, in ms (`fallback` for DEFAULT and RESET; 0, no limit, for a value not read
 * here), with whether it lasts only for the transaction; undefined for any other statement.
 */
export function statementTimeoutSet(
  sql: string,
  fallback: number,
): { ms: number; local: boolean } | undefined {
  if (/^\s*RESET\s+statement_timeout\s*;?\s*$/i.test(sql)) return { ms: fallback, local: false };
  const set =
    /^\s*SET\s+(LOCAL\s+|SESSION\s+)?statement_timeout\s*(?:=|\bTO\b)\s*(?:'([^']*)'|([^';\s]+))\s*;?\s*$/i.exec(
      sql,
    );
  if (!set) return undefined;
  const local = /^LOCAL/i.test(set[1] ?? '');
  const value = (set[2] ?? set[3]!).trim();
  if (/^default$/i.test(value)) return { ms: fallback, local };
  const amount = /^(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)?$/i.exec(value);
  const unit = { ms: 1, s: 1_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
  if (!amount) return { ms: 0, local };
  const ms = Number(amount[1]) * unit[(amount[2]?.toLowerCase() ?? 'ms') as keyof typeof unit];
  return { ms, local };
}

type SilenceWatch = { session: number; local: number | undefined; arm(): void };

/**
 * Closes a pooled connection's socket when it has been silent for its statement timeout plus
 * `SILENCE_GRACE_MS` with a statement out: its statement fails with "Connection terminated"
 * (SERVICE_UNAVAILABLE to the client) and the pool drops it. An idle pooled connection, or one held
 * by a transaction between statements, is left alone.
 *
 * The limit follows the connection's own statement timeout: a `SET LOCAL statement_timeout` holds
 * until the connection goes back to the pool (its transaction is over by then), a `SET` or `RESET`
 * for the connection's life, and 0 turns the watch off. A statement allowed minutes (a bulk insert
 * of grown bench data) is not cut after 20 s of the server working on it.
 */
function watchSilence(pool: pg.Pool, statementTimeoutMs: number) {
  const watches = new WeakMap<pg.Client, SilenceWatch>();
  pool.on('connect', (client) => {
    const internal = client as unknown as {
      connection?: {
        stream?: {
          setTimeout?(ms: number): void;
          on?(event: 'timeout', listener: () => void): void;
          destroy(): void;
        };
      };
      _getActiveQuery?(): unknown;
    };
    const stream = internal.connection?.stream;
    if (!stream?.setTimeout || !stream.on || !internal._getActiveQuery) return;
    const watch: SilenceWatch = {
      session: statementTimeoutMs,
      local: undefined,
      arm() {
        const limit = this.local ?? this.session;
        // The socket's idle timer restarts with every byte written or read, so it measures the
        // silence since the statement was sent or since the server last said anything.
        stream.setTimeout!(limit > 0 ? limit + SILENCE_GRACE_MS : 0);
      },
    };
    // 'timeout' is emitted each time the socket has been idle that long ('on': the callback of
    // setTimeout would be called once only, so a connection would be watched for its first
    // silence and never after).
    stream.on('timeout', () => {
      if (internal._getActiveQuery!()) stream.destroy();
    });
    watch.arm();
    watches.set(client, watch);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
      const [config] = args;
      const text = typeof config === 'string' ? config : (config as { text?: unknown })?.text;
      const set =
        typeof text === 'string' ? statementTimeoutSet(text, statementTimeoutMs) : undefined;
      if (set) {
        if (set.local) watch.local = set.ms;
        else watch.session = set.ms;
        watch.arm();
      }
      return query(...args);
    };
  });
  pool.on('release', (_error: unknown, client: pg.Client) => {
    const watch = watches.get(client);
    if (watch?.local === undefined) return;
    watch.local = undefined;
    watch.arm();
  });
}

function openPostgres(url: string, options: DatabaseOptions): Database {
  const timeout = options.statementTimeoutMs ?? 15_000;
  // One pool for Prisma and for the loaders' raw reads (ADR 049), so DATABASE_POOL_SIZE bounds both.
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c statement_timeout=${timeout}`,
    connectionTimeoutMillis: 5_000,
    max: options.poolSize ?? 10,
  });
  // An idle connection that breaks (a restart, a killed backend) is dropped by the pool and the
  // next statement opens another; without a listener the 'error' event would end the process.
  pool.on('error', () => {});
  // The pool listens to a connection's errors only while it is idle. One that breaks while checked
  // out between statements (a killed backend, a restart) would emit 'error' with no listener, and an
  // unheard 'error' ends the process (a CI run's connection-kill test ended with such an uncaught
  // 57P01). Heard here, the connection's next statement fails and its release drops it.
  pool.on('connect', (client) => client.on('error', () => {}));
  watchSilence(pool, timeout);
  const names = options.preparedStatements === false ? undefined : statementNames();
  const adapterFactory = new PrismaPg(pool, names ? { statementNameGenerator: names } : {});
  const prisma = createClient(adapterFactory, options);
  registerRawReader(
    prisma,
    pgRawReader(pool, names, options.onQuery),
    pgRawTransactor(pool, names, options.onQuery),
  );
  return {
    prisma,
    kind: 'postgres',
    label: redactUrl(url),
    adapterFactory,
    forLongStatements: async () =>
      openPostgres(url, {
        ...options,
        statementTimeoutMs: Math.max(timeout, STARTUP_STATEMENT_TIMEOUT_MS),
        poolSize: Math.min(options.poolSize ?? 10, 4),
      }),
    // The pool outlives Prisma's adapters (the schema engine connects and disposes its own).
    close: async () => {
      await prisma.$disconnect();
      if (!pool.ended) await endWithin(pool, POOL_END_WAIT_MS);
    },
  };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  // One process per data directory: a second one would keep its own copy and lose it.
  const unlock = inMemory ? async () => {} : await lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = new PGlite(dataDir, {
      extensions: PGLITE_EXTENSIONS,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    await pglite.waitReady;
  } catch (error) {
    await unlock();
    throw error;
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createClient(adapterFactory, options);
  const db: Database = {
    prisma,
    kind: 'pglite',
    label: inMemory ? 'embedded PGlite (in memory)' : `embedded PGlite at ${dataDir}`,
    adapterFactory,
    forLongStatements: async () => ({ ...db, close: async () => {} }),
    close: async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        await unlock();
      }
    },
  };
  return db;
}

function createClient(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  options: DatabaseOptions,
): PrismaClient {
  // Limits chosen in ADR 006: a move holds its transaction for milliseconds, so 10 s of waiting for
  // a connection and 10 s of transaction life absorb a burst of hundreds of moves on a 10-connection
  // pool; longer work (rescoring, imports) runs in pages, each its own transaction.
  const transactionOptions = {
    maxWait: options.transactionMaxWaitMs ?? 10_000,
    timeout: options.transactionTimeoutMs ?? 10_000,
  };
  if (!options.onQuery) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({
    adapter,
    transactionOptions,
    log: [{ emit: 'event', level: 'query' }],
  });
  const onQuery = options.onQuery;
  client.$on('query', (event) => onQuery(event.query, event.params));
  return client;
}

/**
 * Statement names for the pg driver: one per distinct SQL text, the same on every connection of
 * this process (pg refuses one name for two texts). A text the server has seen is then bound and
 * executed without being parsed and analysed again, and PostgreSQL may reuse its plan (it keeps a
 * generic plan only when it costs no more than planning for the values; `readPlans.test.ts` checks
 * the hot reads' generic plans). Texts beyond `limit` (lists of varying length make new ones) go
 * unnamed, so a connection never holds more than `limit` prepared statements.
 */
export function statementNames(limit = 1_000): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return (query) => {
    let name = names.get(query.sql);
    if (name === undefined && names.size < limit) {
      name = `s${names.size}`;
      names.set(query.sql, name);
    }
    // pg takes an absent name as "unnamed": parsed again on every execution.
    return name as string;
  };
}
