import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { seedDemo } from '../../prisma/seed/seedDemo';
import { loadConfig } from '../../subgraph/src/config';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../subgraph/src/testing/createTestDatabase';
import { startStack } from '../../supergraph/startStack';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'web/dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the SPA unless web/dist is newer than every source file. */
export async function buildSpaIfNeeded(): Promise<void> {
  const built = path.join(DIST, 'index.html');
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'web/src')),
    statSync(path.join(ROOT, 'web/index.html')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  const { build } = await import('vite');
  // Under vitest NODE_ENV is "test", which would bundle React's development build; vite's build
  // leaves NODE_ENV=production behind, which the stack started next must not see.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export type TestStack = { origin: string; db: TestDatabase; stop: () => Promise<void> };

/**
 * A fresh seeded database behind the whole stack on random ports, serving the built SPA (or an
 * SPA built elsewhere, `spaDir`, e.g. an older commit's for a before/after benchmark).
 */
export async function startTestStack({
  leads = 800,
  port = 0,
  spaDir,
  jwtSecret,
}: {
  leads?: number;
  port?: number;
  spaDir?: string;
  /** Accept tokens signed with it (signToken), to act as a rep or a manager; none: the admin. */
  jwtSecret?: string;
} = {}): Promise<TestStack> {
  if (!spaDir) await buildSpaIfNeeded();
  const db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 42, leads });
  const stack = await startStack({
    config: { ...loadConfig(), port: 0, ...(jwtSecret ? { jwtSecret } : {}) },
    gatewayPort: port,
    crmPort: 0,
    seedIfEmpty: false,
    staticDir: spaDir ?? DIST,
    db,
  });
  return {
    origin: stack.gateway.origin,
    db,
    stop: async () => {
      await stack.stop();
      await db.drop();
    },
  };
}
