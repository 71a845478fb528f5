import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../subgraph/src/config';
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

/** Builds the SPA when there is no build or its sources changed since. */
async function ensureSpaBuilt(): Promise<boolean> {
  if (!existsSync(path.join(ROOT, 'web/index.html'))) return false;
  const built = path.join(WEB_DIST, 'index.html');
  const stale =
    !existsSync(built) ||
    (await newestMtime(path.join(ROOT, 'web/src'))) > (await stat(built)).mtimeMs;
  if (stale) {
    console.log('Building the SPA (once, and again when web/src changes)…');
    const { build } = await import('vite');
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  return true;
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const hasSpa = await ensureSpaBuilt();
  const stack = await startStack({
    config: { ...config, port: port('SALES_PORT', 4001) },
    gatewayPort: port('GATEWAY_PORT', 4000),
    crmPort: port('CRM_PORT', 4002),
    seedIfEmpty: !config.databaseUrl,
    staticDir: hasSpa ? WEB_DIST : undefined,
    log: (line) => console.log(line),
  });
  console.log(`
Database        ${stack.db.label}
Sales subgraph  ${stack.sales.url}
CRM subgraph    ${stack.crm.url}
Gateway         ${stack.gateway.url}${hasSpa ? `\nApp             ${stack.gateway.origin}/` : ''}
Started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (stack.sales.devToken) {
    console.log(
      `\nDevelopment token (tenant ${stack.sales.devPrincipal?.tenantId}, ${stack.sales.devPrincipal?.role}); requests without a token use it too:\n  Authorization: Bearer ${stack.sales.devToken}`,
    );
  }
  const shutdown = (signal: string) => {
    console.log(`\n${signal}: draining in-flight requests…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
