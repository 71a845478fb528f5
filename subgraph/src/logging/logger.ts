import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { logLevelFromEnv } from '../config';

export type { Logger };

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

let background: Logger | undefined;

/**
 * The process's logger for work no request waits for (a rescoring run continued in the
 * background, a failure recorded on a run): the one the sales subgraph was started with, else a
 * JSON logger of its own on stdout. Services reach it here because they may not import the HTTP
 * layer, and a background failure has no request's logger to go to.
 */
export function backgroundLogger(): Logger {
  return (background ??= createLogger({ service: 'sales' }));
}

/** Called by the composition root with the logger it was given. */
export function setBackgroundLogger(logger: Logger): void {
  background = logger;
}
