import '../subgraph/src/graphqlRuntimeMode';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../subgraph/src/config';
import { createLogger } from '../subgraph/src/http/logger';
import { exitOnTerminationSignals } from '../subgraph/src/http/terminationSignals';
import { checkConfig } from '../subgraph/src/main';
import { startStack } from './startStack';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB_DIST = path.join(ROOT, 'web/dist');

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/**
 * Builds the SPA when there is no build or its sources changed since. Vite's build sets
 * NODE_ENV=production in this process; it is put back, so that the stack started next runs in the
 * mode the caller chose (a development `npm start` must not get a production gateway).
 */
async function ensureSpaBuilt(say: (line: string) => void): Promise<boolean> {
  if (/^(false|0|no|off)$/i.test(process.env.SERVE_SPA ?? '')) return false;
  if (!existsSync(path.join(ROOT, 'web/index.html'))) return false;
  const built = path.join(WEB_DIST, 'index.html');
  const stale =
    !existsSync(built) ||
    (await newestMtime(path.join(ROOT, 'web/src'))) > (await stat(built)).mtimeMs;
  if (stale) {
    say('Building the SPA (once, and again when web/src changes)…');
    const nodeEnv = process.env.NODE_ENV;
    try {
      const { build } = await import('vite');
      await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  }
  return true;
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  checkConfig(config); // refused before the SPA build, not a minute later
  const logger = createLogger({ level: config.logLevel });
  // In production every line on stdout is a JSON log line, so a log shipper parses them all; the
  // plain banner and progress lines are for a developer's terminal.
  const say = config.production
    ? (line: string) => logger.info(line)
    : (line: string) => console.log(line);
  const hasSpa = await ensureSpaBuilt(say);
  const stack = await startStack({
    config: { ...config, port: port('SALES_PORT', 4001) },
    gatewayPort: port('GATEWAY_PORT', 4000),
    crmPort: port('CRM_PORT', 4002),
    seedIfEmpty: !config.databaseUrl,
    staticDir: hasSpa ? WEB_DIST : undefined,
    salesWorkers: config.salesWorkers,
    log: say,
    logger,
  });
  exitOnTerminationSignals(() => stack.stop(), {
    logger,
    backstopMs: config.shutdownTimeoutMs + 5_000,
  });
  const startedInMs = Date.now() - started;
  if (config.production) {
    logger.info(
      {
        database: stack.db.label,
        sales: stack.sales.url,
        crm: stack.crm.url,
        gateway: stack.gateway.url,
        ...(hasSpa ? { app: `${stack.gateway.origin}/` } : {}),
        startedInMs,
      },
      'Started',
    );
    return;
  }
  console.log(`
Database        ${stack.db.label}
Sales subgraph  ${stack.sales.url}
CRM subgraph    ${stack.crm.url}
Gateway         ${stack.gateway.url}${hasSpa ? `\nApp             ${stack.gateway.origin}/` : ''}
Started in ${(startedInMs / 1000).toFixed(1)} s`);
  if (stack.sales.devToken) {
    console.log(
      `\nDevelopment token (tenant ${stack.sales.devPrincipal?.tenantId}, ${stack.sales.devPrincipal?.role}); requests without a token use it too:\n  Authorization: Bearer ${stack.sales.devToken}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
