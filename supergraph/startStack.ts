import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import type { Config } from '../subgraph/src/config';
import type { Database } from '../subgraph/src/db/database';
import { signToken } from '../subgraph/src/auth/signToken';
import { openConfiguredDatabase } from '../subgraph/src/db/openConfiguredDatabase';
import { silentLogger, type Logger } from '../subgraph/src/http/logger';
import {
  checkConfig,
  prepareSalesDatabase,
  startSalesSubgraph,
  type SalesSubgraph,
} from '../subgraph/src/main';
import { DEV_SECRET_ENV, startSalesWorkers } from './salesWorkers';
import { createAuthenticator } from '../subgraph/src/auth/createAuthenticator';
import { startCrmSubgraph } from './crm/startCrmSubgraph';
import { startGateway } from './startGateway';

export type StackOptions = {
  config: Config;
  gatewayPort: number;
  crmPort: number;
  /** Seed the demo data when the database is empty (the embedded default does). */
  seedIfEmpty: boolean;
  staticDir?: string | undefined;
  db?: Database;
  log?: (line: string) => void;
  /** Structured logs of the three services (each line has its `service`). */
  logger?: Logger;
  /**
   * Processes serving the sales subgraph (`config.salesWorkers`, PostgreSQL only): above 1 they are
   * forked workers of this process (node:cluster) sharing the sales port (ADR 044).
   */
  salesWorkers?: number;
};

/** What the stack needs of the sales subgraph, whether it runs here or in worker processes. */
type SalesService = Pick<
  SalesSubgraph,
  'url' | 'db' | 'devToken' | 'devPrincipal' | 'drain' | 'close'
> & {
  /** Called when the stack begins to stop, before the gateway drains (worker processes only). */
  stopping?: () => void;
};

/**
 * The sales subgraph through its composition root (subgraph/src/main.ts: migrations, the demo seed
 * on an empty database when asked, scoring, jobs, HTTP), then the demo CRM subgraph and the gateway.
 */
export async function startStack(options: StackOptions) {
  const log = options.log ?? (() => {});
  const salesOptions = {
    config: options.config,
    ...(options.db ? { db: options.db } : {}),
    devPrincipal: DEMO_PRINCIPAL,
    log,
    ...(options.logger ? { logger: options.logger.child({ service: 'sales' }) } : {}),
    ...(options.seedIfEmpty ? { afterMigrations: (db: Database) => seedIfEmpty(db, log) } : {}),
  };
  const sales: SalesService =
    (options.salesWorkers ?? 1) > 1
      ? await startSalesInWorkers(options.salesWorkers!, salesOptions)
      : await startSalesSubgraph(salesOptions);
  let crm: Awaited<ReturnType<typeof startCrmSubgraph>> | undefined;
  try {
    const { config } = options;
    crm = await startCrmSubgraph(
      options.crmPort,
      42,
      options.logger?.child({ service: 'crm' }),
      config.crmGrownCustomers,
      {
        routerSecret: config.routerSecret,
        // The tokens the sales subgraph accepts, verified the same way (production has JWT
        // settings: checkConfig refuses to start without); a development stack without them
        // lets the stand-in answer anyone, as its data is the demo's.
        ...(config.jwtSecret || config.jwksUrl
          ? {
              authenticate: createAuthenticator({
                jwtSecret: config.jwtSecret,
                jwksUrl: config.jwksUrl,
                issuer: config.jwtIssuer,
                audience: config.jwtAudience,
                developmentPrincipal: config.production ? undefined : DEMO_PRINCIPAL,
              }),
            }
          : {}),
      },
    );
    const gateway = await startGateway({
      port: options.gatewayPort,
      subgraphs: [
        { name: 'crm', url: crm.url },
        { name: 'sales', url: sales.url },
      ],
      routerSecret: options.config.routerSecret,
      exportTarget: new URL(sales.url).origin,
      production: options.config.production,
      maxRequestBytes: options.config.maxRequestBytes,
      ...(options.logger ? { logger: options.logger.child({ service: 'gateway' }) } : {}),
      staticDir: options.staticDir ? path.resolve(options.staticDir) : undefined,
    });
    const started = crm;
    return {
      db: sales.db,
      gateway,
      sales,
      crm: started,
      /**
       * Drains the gateway first (its requests in flight still need the subgraphs), then both
       * subgraphs with what is left of the one deadline (`config.shutdownTimeoutMs`), then closes.
       */
      stop: async () => {
        const deadline = Date.now() + options.config.shutdownTimeoutMs;
        sales.stopping?.();
        await gateway.stop(options.config.shutdownTimeoutMs);
        const left = Math.max(0, deadline - Date.now());
        await Promise.all([sales.drain(left).then(() => sales.close()), started.stop(left)]);
      },
    };
  } catch (error) {
    await crm?.stop().catch(() => {});
    await sales.close().catch(() => {});
    throw error;
  }
}

/**
 * The sales subgraph in `count` worker processes: this process prepares the database once
 * (migrations, seed, stage rates, first models), then forks the workers, which share the sales
 * port and one development secret; its own connection stays open for the stack's `db`.
 */
async function startSalesInWorkers(
  count: number,
  options: Parameters<typeof startSalesSubgraph>[0] & { config: Config },
): Promise<SalesService> {
  const { config } = options;
  checkConfig(config);
  const db = options.db ?? (await openConfiguredDatabase(config));
  try {
    await prepareSalesDatabase(db, options);
    const external = Boolean(config.jwtSecret || config.jwksUrl);
    const devSecret = external || config.production ? null : randomBytes(32).toString('hex');
    const workers = await startSalesWorkers({
      count,
      env: devSecret ? { [DEV_SECRET_ENV]: devSecret } : {},
      logger: options.logger ?? silentLogger,
    });
    options.log?.(`Sales subgraph: ${count} worker processes sharing port ${workers.port}`);
    const devPrincipal = config.production ? null : DEMO_PRINCIPAL;
    let drained: Promise<{ cut: number }> | undefined;
    const drain = (deadlineMs = config.shutdownTimeoutMs) =>
      (drained ??= workers.stop(deadlineMs).then(() => ({ cut: 0 })));
    return {
      url: `http://localhost:${workers.port}/graphql`,
      db,
      devPrincipal,
      devToken: devSecret && devPrincipal ? await signToken(devPrincipal, devSecret) : null,
      drain,
      stopping: workers.stopping,
      close: async () => {
        await drain();
        if (!options.db) await db.close();
      },
    };
  } catch (error) {
    if (!options.db) await db.close().catch(() => {});
    throw error;
  }
}

async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  if ((await db.prisma.tenant.count()) > 0) return;
  const started = Date.now();
  const summary = await seedDemo(db.prisma, { signalHistory: true });
  log(
    `Seeded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.customers} customers, ${summary.leads} leads, ${summary.deals} deals, ${summary.signalSnapshots} dated customer signals`,
  );
}
