import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions the migrations create (pg_trgm: the search indexes, ADR 030), loaded
 * into every embedded database: the app's, test templates, and the schema engine's shadow
 * database. PostgreSQL ships them in contrib.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
