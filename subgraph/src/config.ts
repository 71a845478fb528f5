import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_DIR } from './db/database';

export type Config = {
  production: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  /** HS256 secret for the JWTs the gateway forwards; generated at start in development. */
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
  /** When set, requests without this value in the router-secret header are refused (401). */
  routerSecret: string | undefined;
  statementTimeoutMs: number;
  /** PostgreSQL connections per process (DATABASE_POOL_SIZE, default 10; ADR 022). */
  databasePoolSize: number;
  /** Named (server-side prepared) statements on PostgreSQL (DATABASE_PREPARED_STATEMENTS; ADR 049). */
  databasePreparedStatements: boolean;
  /**
   * Processes serving the sales subgraph under `npm start` (SALES_WORKERS): on PostgreSQL by
   * default one per core up to 4, so that both cores of a 2-core server run GraphQL; on the
   * embedded database always 1, as PGlite belongs to one process (ADR 044).
   */
  salesWorkers: number;
  /**
   * Customers `grow-cus-1` … `grow-cus-N` that `npm start`'s CRM stand-in serves besides the demo
   * ones (CRM_GROWN_CUSTOMERS, default 0): the benches grow the sales data with them (ADR 051).
   */
  crmGrownCustomers: number;
  maxRequestBytes: number;
  /** How long SIGTERM waits for requests in flight before cutting them (ms). */
  shutdownTimeoutMs: number;
  /** pino level: LOG_LEVEL, else `silent` under Vitest and `info` otherwise. */
  logLevel: string;
  /** Inngest is used when an event key or dev server URL is configured; else the embedded scheduler. */
  inngestConfigured: boolean;
  rescoreCron: string;
  retrainCron: string;
};

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL, else `silent` under Vitest (tests stay quiet) and `info` otherwise. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return env.VITEST ? 'silent' : 'info';
  if (!LOG_LEVELS.includes(raw))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

/** One per core, at most 4 (each keeps its own pool of DATABASE_POOL_SIZE connections). */
const MAX_DEFAULT_WORKERS = 4;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const salesWorkers = env.SALES_WORKERS
    ? Math.max(1, intFromEnv(env, 'SALES_WORKERS', 1))
    : databaseUrl
      ? Math.min(availableParallelism(), MAX_DEFAULT_WORKERS)
      : 1;
  return {
    production: env.NODE_ENV === 'production',
    databaseUrl,
    dataDir: env.PGLITE_DATA_DIR || DEFAULT_DATA_DIR,
    port: intFromEnv(env, 'SALES_PORT', 4001),
    jwtSecret: env.JWT_SECRET || undefined,
    jwksUrl: env.JWKS_URL || undefined,
    jwtIssuer: env.JWT_ISSUER || undefined,
    jwtAudience: env.JWT_AUDIENCE || undefined,
    routerSecret: env.ROUTER_SECRET || undefined,
    statementTimeoutMs: intFromEnv(env, 'STATEMENT_TIMEOUT_MS', 15_000),
    databasePoolSize: Math.max(1, intFromEnv(env, 'DATABASE_POOL_SIZE', 10)),
    databasePreparedStatements: booleanFromEnv(env, 'DATABASE_PREPARED_STATEMENTS', true),
    salesWorkers,
    crmGrownCustomers: intFromEnv(env, 'CRM_GROWN_CUSTOMERS', 0),
    maxRequestBytes: intFromEnv(env, 'MAX_REQUEST_BYTES', 1_000_000),
    shutdownTimeoutMs: intFromEnv(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    logLevel: logLevelFromEnv(env),
    inngestConfigured: Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL || env.INNGEST_DEV),
    rescoreCron: env.RESCORE_CRON || '0 */6 * * *',
    retrainCron: env.RETRAIN_CRON || '0 3 * * 1',
  };
}
