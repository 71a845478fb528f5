import type { PrismaClient } from './db/generated/client';
import type { Principal } from './auth/principal';
import { createLoaders, type Loaders } from './loaders/createLoaders';

export type Context = {
  principal: Principal;
  tenantId: string;
  prisma: PrismaClient;
  loaders: Loaders;
};

export function createContext(prisma: PrismaClient, principal: Principal): Context {
  return {
    principal,
    tenantId: principal.tenantId,
    prisma,
    loaders: createLoaders(prisma, principal.tenantId),
  };
}
