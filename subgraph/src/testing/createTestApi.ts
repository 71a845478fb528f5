import type { ApolloServer } from '@apollo/server';
import type { Principal } from '../auth/principal';
import { createContext } from '../http/createContext';
import type { Context } from '../types/context';
import { createApolloServer } from '../createApolloServer';
import type { PrismaClient } from '../db/generated/client';
import type { ScoringEvent } from '../jobs/scoringEvents';

export type TestApi = {
  /** Runs an operation as `principal`; returns data and errors as a client would see them. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): Promise<{
    data: T | null | undefined;
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  }>;
  apollo: ApolloServer<Context>;
  /** Scoring events the mutations sent. */
  events: ScoringEvent[];
};

export function createTestApi(
  prisma: PrismaClient,
  defaultPrincipal: Principal,
  production = false,
): TestApi {
  const apollo = createApolloServer({ production });
  const events: ScoringEvent[] = [];
  const sendEvent = async (event: ScoringEvent | ScoringEvent[]) => {
    events.push(...(Array.isArray(event) ? event : [event]));
  };
  return {
    apollo,
    events,
    run: async (query, variables, principal = defaultPrincipal) => {
      const response = await apollo.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: createContext(prisma, principal, sendEvent) },
      );
      if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
      const result = response.body.singleResult;
      return {
        data: result.data as never,
        errors: result.errors as
          { message: string; extensions?: Record<string, unknown> }[] | undefined,
      };
    },
  };
}
