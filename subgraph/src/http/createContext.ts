import type { PrismaClient } from '../db/generated/client';
import type { Principal } from '../auth/principal';
import type { SendScoringEvent } from '../jobs/scoringEvents';
import { createLoaders } from '../loaders/createLoaders';
import type { Context } from '../types/context';

export function createContext(
  prisma: PrismaClient,
  principal: Principal,
  sendEvent: SendScoringEvent,
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
        console.error(
          `Could not send ${event.name}; the next scheduled rescoring will pick it up:`,
          error,
        );
      }),
  };
}
