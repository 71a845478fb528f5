import path from 'node:path';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import type { Config } from '../subgraph/src/config';
import type { Database } from '../subgraph/src/db/database';
import { openConfiguredDatabase } from '../subgraph/src/db/openConfiguredDatabase';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { createScoringJobs } from '../subgraph/src/jobs/createScoringJobs';
import {
  bootstrapScoring,
  resumeInterruptedRuns,
} from '../subgraph/src/services/leadScoring/bootstrapScoring';
import { startSubgraph } from '../subgraph/src/server';
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
};

/** Migrates (and on an empty embedded database seeds), then starts the CRM subgraph, ours and the gateway. */
export async function startStack(options: StackOptions) {
  const log = options.log ?? (() => {});
  const { config } = options;
  const db = options.db ?? (await openConfiguredDatabase(config));
  const applied = await applyMigrations(db);
  if (applied.length) log(`Applied migrations to ${db.label}: ${applied.join(', ')}`);
  if (options.seedIfEmpty && (await db.prisma.tenant.count()) === 0) {
    const started = Date.now();
    const summary = await seedDemo(db.prisma);
    log(
      `Seeded demo data in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.customers} customers, ${summary.leads} leads, ${summary.deals} deals`,
    );
  }
  const scoringStarted = Date.now();
  for (const t of await bootstrapScoring(db.prisma)) {
    log(
      `Scoring for ${t.tenantId}: v${t.modelVersion} (${t.kind.toLowerCase()}; ${t.reason}); scored ${t.scored} open leads in ${((Date.now() - scoringStarted) / 1000).toFixed(1)} s`,
    );
  }
  const jobs = createScoringJobs({ prisma: db.prisma }, config, (line) =>
    log(`Scoring job: ${line}`),
  );
  log(
    jobs.mode === 'inngest'
      ? 'Background scoring: Inngest functions at /api/inngest'
      : 'Background scoring: embedded scheduler (no Inngest configured)',
  );
  const resumed = resumeInterruptedRuns(db.prisma).catch((error: unknown) =>
    log(`Resuming scoring runs failed: ${String(error)}`),
  );
  const crm = await startCrmSubgraph(options.crmPort);
  const sales = await startSubgraph({
    config,
    db,
    devPrincipal: DEMO_PRINCIPAL,
    migrate: false,
    routes: jobs.routes,
    sendEvent: jobs.send,
  });
  const gateway = await startGateway({
    port: options.gatewayPort,
    subgraphs: [
      { name: 'crm', url: crm.url },
      { name: 'sales', url: sales.url },
    ],
    routerSecret: config.routerSecret,
    staticDir: options.staticDir ? path.resolve(options.staticDir) : undefined,
  });
  return {
    db,
    gateway,
    sales,
    crm,
    jobs,
    stop: async () => {
      await jobs.stop();
      await resumed;
      await gateway.stop();
      await sales.stop();
      await crm.stop();
      if (!options.db) await db.close();
    },
  };
}
