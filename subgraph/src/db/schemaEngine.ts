import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Glue = {
  SchemaEngine: typeof SchemaEngine;
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

// The package's main entry imports its .wasm file directly, which Node 20 only allows behind
// --experimental-wasm-modules; instantiating the module by hand works everywhere.
async function loadGlue(): Promise<Glue> {
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as Glue;
  const gluePath = createRequire(import.meta.url).resolve(
    '@prisma/schema-engine-wasm/schema_engine_bg',
  );
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * Runs `fn` with Prisma's WebAssembly schema engine bound to a driver adapter factory.
 * Adapter failures surface from the engine as "External error id#N"; they are rethrown here
 * with the adapter's own message.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  // The engine opens its own connections through the factory and never closes them: freeing it
  // left a PostgreSQL pool with an idle connection (and its timer) open for the process's life.
  const opened: SqlDriverAdapter[] = [];
  const remember = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  const tracked = Object.create(adapterFactory, {
    connect: { value: async () => remember(await adapterFactory.connect()) },
    connectToShadowDb: { value: async () => remember(await adapterFactory.connectToShadowDb()) },
  }) as SqlMigrationAwareDriverAdapterFactory;
  const factory = bindMigrationAwareSqlAdapterFactory(tracked);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    factory,
  );
  try {
    return await fn(engine);
  } catch (error) {
    throw unwrapExternalError(error, factory);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

function unwrapExternalError(
  error: unknown,
  factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>,
): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const match = /External error id#(\d+)/.exec(message);
  if (!match) return error;
  const cause = factory.errorRegistry.consumeError(Number(match[1]));
  const detail = cause?.error ? JSON.stringify(cause.error) : 'unknown adapter error';
  return new Error(`${message.split('\n')[0]}: ${detail}`);
}
