import type { PrismaClient } from './db/generated/client';
import type { Principal } from './auth/principal';
import type { ScoringEvent, SendScoringEvent } from './jobs/scoringEvents';
import { createLoaders, type Loaders } from './loaders/createLoaders';

export type Context = {
  principal: Principal;
  tenantId: string;
  prisma: PrismaClient;
  loaders: Loaders;
  /** Tells background scoring that leads or customer signals changed (after the commit). */
  notify: (event: ScoringEvent) => Promise<void>;
};

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
