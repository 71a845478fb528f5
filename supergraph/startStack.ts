import path from 'node:path';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import type { Config } from '../subgraph/src/config';
import type { Database } from '../subgraph/src/db/database';
import type { Logger } from '../subgraph/src/http/logger';
import { startSalesSubgraph } from '../subgraph/src/main';
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
};

/**
 * The sales subgraph through its composition root (subgraph/src/main.ts: migrations, the demo seed
 * on an empty database when asked, scoring, jobs, HTTP), then the demo CRM subgraph and the gateway.
 */
export async function startStack(options: StackOptions) {
  const log = options.log ?? (() => {});
  const sales = await startSalesSubgraph({
    config: options.config,
    ...(options.db ? { db: options.db } : {}),
    devPrincipal: DEMO_PRINCIPAL,
    log,
    ...(options.logger ? { logger: options.logger.child({ service: 'sales' }) } : {}),
    ...(options.seedIfEmpty ? { afterMigrations: (db: Database) => seedIfEmpty(db, log) } : {}),
  });
  let crm: Awaited<ReturnType<typeof startCrmSubgraph>> | undefined;
  try {
    crm = await startCrmSubgraph(options.crmPort, 42, options.logger?.child({ service: 'crm' }));
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

async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  if ((await db.prisma.tenant.count()) > 0) return;
  const started = Date.now();
  const summary = await seedDemo(db.prisma);
  log(
    `Seeded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.customers} customers, ${summary.leads} leads, ${summary.deals} deals`,
  );
}
