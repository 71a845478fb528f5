import { randomUUID } from 'node:crypto';
export { createLogger, silentLogger, type Logger } from '../logging/logger';

/** The header that carries a request's id from the gateway to the subgraphs and back to clients. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming request id when it is a sane token (≤ 128 characters of [A-Za-z0-9._:@-]), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:@-]{1,128}$/.test(value) ? value : randomUUID();
}
