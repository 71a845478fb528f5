import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ROUTER_SECRET_HEADER } from '../subgraph/src/http/createHttpServer';
import { readBody } from '../subgraph/src/http/readBody';
import { respondWithApollo } from '../subgraph/src/http/respondWithApollo';
import { serveStatic } from './serveStatic';

type GatewayContext = { authorization: string | undefined };

export type GatewayOptions = {
  port: number;
  subgraphs: { name: string; url: string }[];
  /** Sent to the subgraphs so they can refuse requests that bypass the router. */
  routerSecret?: string | undefined;
  /** The built SPA, served at / when present. */
  staticDir?: string | undefined;
};

/** The local supergraph: @apollo/gateway composing the subgraphs, and the SPA beside it. */
export async function startGateway(options: GatewayOptions) {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: options.subgraphs }),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest({ request, context }) {
          // Schema-loading requests have no client context, hence Partial.
          const authorization = (context as Partial<GatewayContext>).authorization;
          if (authorization) request.http?.headers.set('authorization', authorization);
          if (options.routerSecret)
            request.http?.headers.set(ROUTER_SECRET_HEADER, options.routerSecret);
        },
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({ gateway, csrfPrevention: true });
  await apollo.start();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (pathname === '/graphql' || !options.staticDir) {
        const body = await readBody(request, 1_000_000);
        return respondWithApollo(apollo, request, response, body, async (headers) => ({
          authorization: headers.get('authorization') ?? undefined,
        }));
      }
      if (!(await serveStatic(options.staticDir, request, response))) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('The SPA is not built: run npm run build');
      }
    };
    handle().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          errors: [{ message: error instanceof Error ? error.message : 'Gateway error' }],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    origin: `http://localhost:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
