import type { PrismaClient } from '../db/generated/client';
import type { Principal } from '../auth/principal';
import type { ScoringEvent } from '../jobs/scoringEvents';
import type { Loaders } from '../loaders/createLoaders';

/** What every resolver and service receives for one request. */
export type Context = {
  principal: Principal;
  tenantId: string;
  prisma: PrismaClient;
  loaders: Loaders;
  /** Tells background scoring that leads or customer signals changed (after the commit). */
  notify: (event: ScoringEvent) => Promise<void>;
};
