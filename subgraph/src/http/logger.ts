import { randomUUID } from 'node:crypto';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { logLevelFromEnv } from '../config';

export type { Logger };

/** The header that carries a request's id from the gateway to the subgraphs and back to clients. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The services' structured logs: one JSON object per line on stdout (pino), with `service`
 * (sales, gateway, crm) and `requestId` on every line about a request. Errors are serialised with their cause chain.
 */
export function createLogger(
  options: { service?: string; level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? logLevelFromEnv(),
      base: options.service ? { service: options.service } : {},
      serializers: { err: stdSerializers.errWithCause },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

/** A logger that writes nothing (the default where none is given). */
export const silentLogger: Logger = pino({ level: 'silent' });

/** An incoming request id when it is a sane token (≤ 128 characters of [A-Za-z0-9._:@-]), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:@-]{1,128}$/.test(value) ? value : randomUUID();
}
