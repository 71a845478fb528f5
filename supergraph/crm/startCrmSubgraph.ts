import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { gql } from 'graphql-tag';
import { demoCustomers, type DemoCustomer } from '../../prisma/seed/demoCustomers';
import { readBody } from '../../subgraph/src/http/readBody';
import { respondWithApollo } from '../../subgraph/src/http/respondWithApollo';

const typeDefs = gql(readFileSync(path.join(import.meta.dirname, 'schema.graphql'), 'utf8'));

function toGraphQL(customer: DemoCustomer) {
  return { ...customer, mrr: customer.mrr.toFixed(2) };
}

/**
 * A stand-in for the platform's CRM subgraph: it owns Customer (name, health, plan, MRR) for the
 * seeded demo customers, from the same deterministic generator the sales seed uses.
 */
export async function startCrmSubgraph(port: number, seed = 42) {
  const customers = demoCustomers(seed);
  const byId = new Map(customers.map((c) => [c.id, c]));
  const resolvers = {
    Query: {
      customers: (_: unknown, { first }: { first: number }) =>
        customers.slice(0, first).map(toGraphQL),
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
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const server = createServer((request, response) => {
    readBody(request, 1_000_000)
      .then((body) => respondWithApollo(apollo, request, response, body, async () => ({})))
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
