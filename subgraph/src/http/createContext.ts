import type { PrismaClient } from '../db/generated/client';
import type { Principal } from '../auth/principal';
import type { SendScoringEvent } from '../jobs/scoringEvents';
import { createLoaders } from '../loaders/createLoaders';
import type { Context } from '../types/context';
import { createLogger, type Logger } from './logger';

let fallbackLogger: Logger | undefined;

export function createContext(
  prisma: PrismaClient,
  principal: Principal,
  sendEvent: SendScoringEvent,
  logger: Logger = (fallbackLogger ??= createLogger({ service: 'sales' })),
): Context {
  return {
    principal,
    tenantId: principal.tenantId,
    prisma,
    loaders: createLoaders(prisma, principal.tenantId),
    // The change is committed when this runs; a failed send must not turn a successful mutation
    // into an error. It is logged, and the scheduled rescoring (every 6 h) catches the lead up.
    notify: (event) =>
      sendEvent(event).catch((error: unknown) => {
        logger.error(
          { err: error, event: event.name },
          'Could not send a scoring event; the next scheduled rescoring will pick it up',
        );
      }),
  };
}
