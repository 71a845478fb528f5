import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/**
 * The PostgreSQL extensions the migrations create (pg_trgm and unaccent: the search indexes, ADRs
 * 030 and 071), loaded into every embedded database: the app's, test templates, and the schema
 * engine's shadow database. PostgreSQL ships them in contrib.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };
