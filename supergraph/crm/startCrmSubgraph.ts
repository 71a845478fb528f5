import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { gql } from 'graphql-tag';
import { demoCustomers, type DemoCustomer } from '../../prisma/seed/demoCustomers';
import { grownCustomers } from '../../prisma/seed/grownCustomers';
import type { HeaderMap } from '@apollo/server';
import { unauthenticated, type Authenticator } from '../../subgraph/src/auth/createAuthenticator';
import {
  ROUTER_SECRET_HEADER,
  routerSecretMatches,
  sendTooLarge,
  trackRequest,
} from '../../subgraph/src/http/createHttpServer';
import { isSchemaLoadingRequest } from '../../subgraph/src/http/schemaLoading';
import { createGracefulServer, listenOn } from '../../subgraph/src/http/gracefulServer';
import { silentLogger, type Logger } from '../../subgraph/src/http/logger';
import { BodyTooLargeError, readBody } from '../../subgraph/src/http/readBody';
import { respondWithApollo } from '../../subgraph/src/http/respondWithApollo';
import { customerPage, type CustomerPageArgs } from './customerPage';

/**
 * Who may read the stand-in's customers, as the sales subgraph decides for its own data: with a
 * router secret only requests through the router (the router loading the schema needs no token),
 * and with an authenticator only requests it accepts. Without them (development, no JWT settings)
 * it answers anyone, as before; in production `startStack` always passes both, or the gateway
 * would hand out the CRM's names, health scores and MRR to a caller without a token.
 */
export type CrmAccess = { routerSecret?: string | undefined; authenticate?: Authenticator };

async function checkAccess(access: CrmAccess, headers: HeaderMap, body: string): Promise<void> {
  const fromRouter =
    access.routerSecret !== undefined &&
    routerSecretMatches(access.routerSecret, headers.get(ROUTER_SECRET_HEADER));
  if (access.routerSecret !== undefined && !fromRouter)
    throw unauthenticated('Requests must come through the router');
  const authorization = headers.get('authorization');
  if (fromRouter && !authorization && isSchemaLoadingRequest(body)) return;
  await access.authenticate?.(authorization);
}

const typeDefs = gql(readFileSync(path.join(import.meta.dirname, 'schema.graphql'), 'utf8'));

function toGraphQL(customer: DemoCustomer) {
  return { ...customer, mrr: customer.mrr.toFixed(2) };
}

/**
 * A stand-in for the platform's CRM subgraph: it owns Customer (name, health, plan, MRR) for the
 * seeded demo customers, from the same deterministic generator the sales seed uses, and for the
 * first `grown` of the customers the benches add (`grownCustomers`).
 */
export async function startCrmSubgraph(
  port: number,
  seed = 42,
  logger: Logger = silentLogger,
  grown = 0,
  access: CrmAccess = {},
) {
  const customers = [...demoCustomers(seed), ...grownCustomers(grown)];
  const byId = new Map(customers.map((c) => [c.id, c]));
  const resolvers = {
    Query: {
      customers: (_: unknown, { first }: { first: number }) =>
        customers.slice(0, first).map(toGraphQL),
      customerPage: (_: unknown, args: CustomerPageArgs) => {
        const page = customerPage(customers, args);
        return { ...page, nodes: page.nodes.map(toGraphQL) };
      },
      customer: (_: unknown, { id }: { id: string }) => {
        const customer = byId.get(id);
        return customer ? toGraphQL(customer) : null;
      },
    },
    Customer: {
      __resolveReference: ({ id }: { id: string }) => {
        const customer = byId.get(id);
        return customer ? toGraphQL(customer) : null;
      },
    },
  };
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    logger,
    // One signal path: the process's handlers drain the HTTP server, then stop Apollo.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const server = createGracefulServer((request, response) => {
    const requestId = trackRequest(request, response, logger);
    readBody(request, 1_000_000)
      .then((body) =>
        respondWithApollo(apollo, request, response, body, async (headers) => {
          await checkAccess(access, headers, body);
          return {};
        }),
      )
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return sendTooLarge(response, error);
        logger.error({ requestId, err: error }, 'HTTP request failed');
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  });
  await listenOn(server, port, 'CRM_PORT');
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    /** Drains the HTTP server within `deadlineMs`, then stops Apollo. */
    stop: async (deadlineMs = 10_000) => {
      const { cut } = await server.shutdown(deadlineMs);
      if (cut) logger.warn({ cut, deadlineMs }, 'Requests cut at the shutdown deadline');
      await apollo.stop();
    },
  };
}
