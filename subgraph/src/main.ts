import './graphqlRuntimeMode';
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_PRINCIPAL } from '../../prisma/seed/demoTenant';
import { createAuthenticator } from './auth/createAuthenticator';
import type { Principal } from './auth/principal';
import { signToken } from './auth/signToken';
import { loadConfig, type Config } from './config';
import { createApolloServer } from './createApolloServer';
import type { Database } from './db/database';
import { applyMigrations } from './db/migrations';
import { openConfiguredDatabase } from './db/openConfiguredDatabase';
import { createHttpServer } from './http/createHttpServer';
import { listenOn } from './http/gracefulServer';
import { EXPORT_PREFIX, exportRoute } from './http/exportRoute';
import { createLogger, silentLogger, type Logger } from './http/logger';
import { setBackgroundLogger } from './logging/logger';
import { exitOnTerminationSignals } from './http/terminationSignals';
import { createScoringJobs } from './jobs/createScoringJobs';
import { startSalesEventRelay } from './jobs/startSalesEventRelay';
import { bootstrapScoring, resumeInterruptedRuns } from './services/leadScoring/bootstrapScoring';
import { bootstrapDealWinModels } from './services/dealWinProbability/bootstrapDealWinModels';
import {
  learnedRatesSettled,
  recomputeAllLearnedRates,
} from './services/deals/recomputeLearnedRates';
import { columnRebalancesSettled } from './services/deals/scheduleColumnRebalance';

export type SalesSubgraphOptions = {
  /** Defaults to `loadConfig()` (the environment). */
  config?: Config;
  /** Use this database instead of opening the configured one (tests, the local stack); `close()` leaves it open. */
  db?: Database;
  /** Outside production: the principal of requests without a token, and of the printed development token. */
  devPrincipal?: Principal;
  /** Runs after the migrations, before the scoring bootstrap (`npm start` seeds the demo data here). */
  afterMigrations?: (db: Database) => Promise<void>;
  /** Start-up lines (what was migrated, scored, started). */
  log?: (line: string) => void;
  /** Structured logs of requests, errors and jobs (default: none). */
  logger?: Logger;
  /**
   * The development signing secret when none is configured, shared by the processes of one
   * `npm start` so that a token from one is valid at all (default: generated here).
   */
  devJwtSecret?: string;
  /**
   * Migrations, stage rates and the scoring bootstraps (`prepareSalesDatabase`); false in the
   * worker processes of `npm start`, whose primary ran them once before forking (ADR 044).
   */
  startupTasks?: boolean;
  /**
   * Continue the rescoring runs a previous process left unfinished (default true); in `npm start`
   * with several workers only the first does, so no run is continued twice.
   */
  resumeRuns?: boolean;
};

export type SalesSubgraph = {
  url: string;
  port: number;
  db: Database;
  jobsMode: 'inngest' | 'embedded';
  /** A signed token for the development principal (null in production or with external auth). */
  devToken: string | null;
  devPrincipal: Principal | null;
  /**
   * Drains the HTTP server (requests in flight get `config.shutdownTimeoutMs`, then are cut), then
   * stops Apollo, the jobs and (when it opened it) the database. Idempotent.
   */
  close(): Promise<void>;
  /** Only the drain: stop accepting and let requests in flight finish (same deadline). */
  drain(deadlineMs?: number): Promise<{ cut: number }>;
};

/** Settings the subgraph refuses to start with, checked before anything is opened. */
/** The shortest JWT_SECRET production accepts: an HS256 key of 256 bits as hex or text. */
export const MIN_JWT_SECRET_LENGTH = 32;

export function checkConfig(config: Config): void {
  if (config.databaseUrl !== undefined) {
    // The URL may hold a password: the message says what is wrong, not what was given.
    let protocol: string | undefined;
    try {
      protocol = new URL(config.databaseUrl).protocol;
    } catch {
      throw new Error(
        'DATABASE_URL is not a URL: set it like postgresql://user:password@host:5432/sales, or unset it to use the embedded database',
      );
    }
    if (protocol !== 'postgresql:' && protocol !== 'postgres:')
      throw new Error(
        `DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:5432/sales), not ${protocol}//…`,
      );
  }
  if (config.jwksUrl !== undefined && !/^https?:\/\/[^/]/i.test(config.jwksUrl))
    throw new Error(
      `JWKS_URL must be the http(s) URL of your identity provider's keys (e.g. https://id.example.com/.well-known/jwks.json), got "${config.jwksUrl}"`,
    );
  if (config.production && config.jwtSecret && config.jwtSecret.length < MIN_JWT_SECRET_LENGTH)
    throw new Error(
      `NODE_ENV=production needs a JWT_SECRET of at least ${MIN_JWT_SECRET_LENGTH} characters (this one has ${config.jwtSecret.length}); make one with: openssl rand -hex 32`,
    );
  if (config.production && !config.jwtSecret && !config.jwksUrl) {
    throw new Error(
      "NODE_ENV=production needs JWT_SECRET or JWKS_URL to verify the gateway's tokens",
    );
  }
  if (config.salesWorkers > 1 && !config.databaseUrl) {
    throw new Error(
      `SALES_WORKERS=${config.salesWorkers} needs DATABASE_URL: the embedded database (PGlite) belongs to one process; unset SALES_WORKERS or set DATABASE_URL`,
    );
  }
  if (config.production && !config.routerSecret) {
    throw new Error(
      'NODE_ENV=production needs ROUTER_SECRET (sent by the router in the router-authorization header), so that no caller can bypass the router',
    );
  }
}

/**
 * What a start does to the database before serving, once per start whatever the number of
 * processes: migrations, `afterMigrations` (the demo seed), stage rates from the deal history, and
 * a first lead model and deal model for every tenant that has none.
 */
export async function prepareSalesDatabase(
  served: Database,
  options: Pick<SalesSubgraphOptions, 'afterMigrations' | 'log'> = {},
): Promise<void> {
  // Its statements may run past the requests' statement timeout (a training read on a busy
  // machine took more than 15 s, and the start died): a pool of their own (ADR 095).
  const db = await served.forLongStatements();
  try {
    await prepareWith(db, options);
  } finally {
    if (db !== served) {
      // What the steps left running on its client (learned-rate runs, rebalances) ends first.
      await learnedRatesSettled(db.prisma);
      await columnRebalancesSettled(db.prisma);
      await db.close();
    }
  }
}

async function prepareWith(
  db: Database,
  options: Pick<SalesSubgraphOptions, 'afterMigrations' | 'log'>,
): Promise<void> {
  const log = options.log ?? (() => {});
  // Migrations: the one migration path (db/migrations.ts).
  const applied = await applyMigrations(db);
  if (applied.length) log(`Applied migrations to ${db.label}: ${applied.join(', ')}`);
  await options.afterMigrations?.(db);

  // Stage rates from the deal history as it is now (the seed's or a restored database's), so the
  // first close after start-up does not move every weighted figure at once (ADR 026).
  const pipelines = await recomputeAllLearnedRates(db.prisma);
  if (pipelines) log(`Stage rates recomputed for ${pipelines} pipeline(s)`);

  // Scoring bootstrap: a model and scores for every tenant that has none yet.
  const scoringStarted = Date.now();
  for (const t of await bootstrapScoring(db.prisma)) {
    log(
      `Scoring for ${t.tenantId}: v${t.modelVersion} (${t.kind.toLowerCase()}; ${t.reason}); scored ${t.scored} open leads in ${((Date.now() - scoringStarted) / 1000).toFixed(1)} s`,
    );
  }

  // Deal win probabilities (ADR 039): a first deal model for a tenant that has none (seconds on
  // the demo data, once); without one, or until it beats the stage rates, deals show their rate.
  for (const t of await bootstrapDealWinModels(db.prisma))
    log(`Deal model for ${t.tenantId}: ${t.activated ? 'active' : 'not active'} (${t.reason})`);
}

/**
 * The composition root of the sales subgraph, used by `npm start` (supergraph/startStack.ts) and
 * by a lone deployment (`npm run start:subgraph`): config -> database -> migrations -> scoring
 * bootstrap -> jobs -> HTTP server. What is started is stopped by `close()` in reverse order, and
 * also when a later step fails.
 */
export async function startSalesSubgraph(
  options: SalesSubgraphOptions = {},
): Promise<SalesSubgraph> {
  const log = options.log ?? (() => {});
  const logger = options.logger ?? silentLogger;
  if (options.logger) setBackgroundLogger(options.logger);
  const closers: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
  };

  // 1. Config: refused before any connection is opened.
  const config = options.config ?? loadConfig();
  checkConfig(config);
  try {
    // 2. Database: the given one, else DATABASE_URL's PostgreSQL or the embedded PGlite.
    const db = options.db ?? (await openConfiguredDatabase(config));
    if (!options.db) closers.push(() => db.close());
    // Closed after everything that can ask for them: learned-rate runs waiting for their interval
    // and column rebalances start now and finish before the database closes (ADR 056).
    closers.push(async () => {
      await learnedRatesSettled(db.prisma);
      await columnRebalancesSettled(db.prisma);
    });

    // 3-4. Migrations, stage rates, scoring bootstraps.
    if (options.startupTasks !== false) await prepareSalesDatabase(db, options);

    // 5. Jobs: Inngest functions when Inngest is configured, else the embedded scheduler; then
    // rescoring runs a previous process left unfinished continue in the background.
    const jobs = createScoringJobs({ prisma: db.prisma }, config, (line, level = 'info') =>
      logger[level]({ job: 'scoring' }, line),
    );
    closers.push(() => jobs.stop());
    log(
      jobs.mode === 'inngest'
        ? 'Background scoring: Inngest functions at /api/inngest'
        : 'Background scoring: embedded scheduler (no Inngest configured)',
    );
    const resumed = (
      options.resumeRuns === false ? Promise.resolve(0) : resumeInterruptedRuns(db.prisma)
    ).catch((error: unknown) => logger.error({ err: error }, 'Resuming scoring runs failed'));
    closers.push(() => resumed);

    // Routing and automations (ADR 016): every replica relays the SalesEvent outbox (claims are
    // SKIP LOCKED), handling the events here or publishing them to Inngest.
    const relay = startSalesEventRelay(
      { prisma: db.prisma },
      {
        inngestConfigured: config.inngestConfigured,
        log: (line, level = 'info') => logger[level]({ job: 'automations' }, line),
      },
    );
    closers.push(() => relay.stop());

    // 6. HTTP: authentication, Apollo Server, /graphql, /health, /ready and the jobs' routes.
    // Without configured auth a development secret is generated here (never in production).
    const externalAuth = Boolean(config.jwtSecret || config.jwksUrl);
    const jwtSecret =
      config.jwtSecret ??
      (externalAuth ? undefined : (options.devJwtSecret ?? randomBytes(32).toString('hex')));
    const devPrincipal = config.production ? null : (options.devPrincipal ?? null);
    const authenticate = createAuthenticator({
      jwtSecret,
      jwksUrl: config.jwksUrl,
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      developmentPrincipal: devPrincipal ?? undefined,
    });
    const devToken =
      devPrincipal && jwtSecret && !config.jwksUrl
        ? await signToken(devPrincipal, jwtSecret)
        : null;

    const apollo = createApolloServer({ production: config.production, logger });
    await apollo.start();
    closers.push(() => apollo.stop());
    const server = createHttpServer({
      apollo,
      prisma: db.prisma,
      authenticate,
      routerSecret: config.routerSecret,
      maxRequestBytes: config.maxRequestBytes,
      routes: {
        ...jobs.routes,
        [EXPORT_PREFIX]: exportRoute({
          prisma: db.prisma,
          authenticate,
          routerSecret: config.routerSecret,
          sendEvent: jobs.send,
          logger,
        }),
      },
      sendEvent: jobs.send,
      logger,
    });
    await listenOn(server, config.port, 'SALES_PORT');
    let drained: Promise<{ cut: number }> | undefined;
    const drain = (deadlineMs = config.shutdownTimeoutMs) =>
      (drained ??= server.shutdown(deadlineMs).then((result) => {
        if (result.cut)
          logger.warn({ cut: result.cut, deadlineMs }, 'Requests cut at the shutdown deadline');
        return result;
      }));
    closers.push(() => drain());
    const { port } = server.address() as AddressInfo;

    let closed: Promise<void> | undefined;
    return {
      url: `http://localhost:${port}/graphql`,
      port,
      db,
      jobsMode: jobs.mode,
      devToken,
      devPrincipal,
      close: () => (closed ??= closeAll()),
      drain,
    };
  } catch (error) {
    await closeAll().catch(() => {});
    throw error;
  }
}

/** `npm run start:subgraph`: the sales subgraph alone, from environment settings; JSON logs. */
async function runCli(logger: Logger): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const subgraph = await startSalesSubgraph({
    config,
    devPrincipal: DEMO_PRINCIPAL,
    log: (line) => logger.info(line),
    logger,
  });
  exitOnTerminationSignals(() => subgraph.close(), {
    logger,
    backstopMs: config.shutdownTimeoutMs + 5_000,
  });
  logger.info(
    {
      url: subgraph.url,
      database: subgraph.db.label,
      jobs: subgraph.jobsMode,
      startedInMs: Date.now() - started,
    },
    'Sales subgraph listening',
  );
  if (subgraph.devToken) {
    logger.info(
      { principal: subgraph.devPrincipal, token: subgraph.devToken },
      'Development token (requests without a token use it too): Authorization: Bearer <token>',
    );
  }
}

function isEntryPoint(): boolean {
  try {
    return (
      process.argv[1] !== undefined &&
      realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
    );
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const logger = createLogger({ service: 'sales' });
  runCli(logger).catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
