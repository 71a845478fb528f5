import type { Config } from '../config';
import { openDatabase, type Database } from './database';

/** The database the configuration names: DATABASE_URL's PostgreSQL, else the embedded PGlite. */
export function openConfiguredDatabase(
  config: Pick<
    Config,
    | 'databaseUrl'
    | 'dataDir'
    | 'statementTimeoutMs'
    | 'databasePoolSize'
    | 'databasePreparedStatements'
  >,
): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
    poolSize: config.databasePoolSize,
    preparedStatements: config.databasePreparedStatements,
  });
}
