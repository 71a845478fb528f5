/**
 * Whether an error means "the database cannot be reached right now" (a retry later may succeed),
 * as opposed to a bug or a bad statement. Walks `originalError` and `cause` chains.
 *
 * - Prisma: P1001 (can't reach), P1002 (timed out reaching), P1008 (operation timed out),
 *   P1017 (server closed the connection), P2024 (pool timeout), and P2028 when no transaction
 *   could be started in time.
 * - Driver adapters: `DatabaseNotReachable`, `ConnectionClosed`, `SocketTimeout`,
 *   `TooManyConnections`, and PostgreSQL's class 08 (connection exception), 57P01-57P03 (shutdown,
 *   cannot connect now), 53300 (too many connections), and 57014 / 55P03: a statement cancelled at
 *   the statement timeout or a lock not available, which under load means a lock held by another
 *   transaction (the fault suite holds one past the timeout): retrying later may succeed, and the
 *   warning logged with the cause tells a slow statement from contention (ADR 021). Likewise
 *   40001 / 40P01 and Prisma's P2034: a transaction PostgreSQL rolled back for a serialization
 *   failure or a deadlock with another one, which a retry repeats without the other (ADR 089).
 * - Node sockets: ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE, EHOSTUNREACH, ENOTFOUND, EAI_AGAIN;
 *   node-postgres' "Connection terminated" texts, and its "Client has encountered a connection
 *   error" for a pooled connection that broke in a transaction; a closed PGlite.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2034']);
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const POSTGRES_CODES = /^(08...|57P0[123]|53300|57014|55P03|40001|40P01)$/;
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const MESSAGES =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Unable to start a transaction in the given time|PGlite is closed|Can't reach database server/i;

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  cause?: unknown;
  originalError?: unknown;
  kind?: unknown;
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || POSTGRES_CODES.test(code)))
      return true;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (adapterCause) {
      if (typeof adapterCause.kind === 'string' && ADAPTER_KINDS.has(adapterCause.kind))
        return true;
      if (typeof adapterCause.code === 'string' && POSTGRES_CODES.test(adapterCause.code))
        return true;
    }
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    queue.push(e.originalError, e.cause);
  }
  return false;
}
