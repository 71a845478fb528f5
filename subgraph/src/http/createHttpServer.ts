import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Authenticator } from '../auth/createAuthenticator';
import { unauthenticated } from '../auth/createAuthenticator';
import { createContext } from './createContext';
import type { Context } from '../types/context';
import type { PrismaClient } from '../db/generated/client';
import type { SendScoringEvent } from '../jobs/scoringEvents';
import { BodyTooLargeError, readBody } from './readBody';
import { respondWithApollo } from './respondWithApollo';

export const ROUTER_SECRET_HEADER = 'router-authorization';

export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
) => Promise<void>;

export type HttpServerOptions = {
  apollo: ApolloServer<Context>;
  prisma: PrismaClient;
  authenticate: Authenticator;
  routerSecret?: string | undefined;
  maxRequestBytes: number;
  /** Extra routes by path prefix, e.g. '/api/inngest'. */
  routes?: Record<string, RouteHandler>;
  /** Where lead and customer-signal changes are announced (background scoring). */
  sendEvent: SendScoringEvent;
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * The subgraph's HTTP server: GraphQL at /graphql, liveness at /health (no database), readiness
 * at /ready (SELECT 1), and extra routes (Inngest). `drain()` stops accepting connections and
 * resolves when the requests in flight have finished.
 */
export function createHttpServer(options: HttpServerOptions): Server & { drain(): Promise<void> } {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) idle?.();
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/health')
      return sendJson(response, 200, { status: 'ok' });
    if (request.method === 'GET' && url.pathname === '/ready') {
      try {
        await options.prisma.$queryRawUnsafe('SELECT 1');
        return sendJson(response, 200, { status: 'ready' });
      } catch {
        return sendJson(response, 503, { status: 'unavailable', reason: 'database unreachable' });
      }
    }
    let body: string;
    try {
      body = await readBody(request, options.maxRequestBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return sendJson(response, 413, { errors: [{ message: error.message }] });
      throw error;
    }
    for (const [prefix, route] of Object.entries(options.routes ?? {})) {
      if (url.pathname.startsWith(prefix)) return route(request, response, body);
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(response, 404, { errors: [{ message: `No route ${url.pathname}` }] });
    }
    await handleGraphQL(request, response, body);
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, body: string) {
    await respondWithApollo(options.apollo, request, response, body, async (headers) => {
      if (options.routerSecret && headers.get(ROUTER_SECRET_HEADER) !== options.routerSecret) {
        throw unauthenticated('Requests must come through the router');
      }
      const principal = await options.authenticate(headers.get('authorization'));
      return createContext(options.prisma, principal, options.sendEvent);
    });
  }

  const server = createServer((request, response) => {
    inFlight += 1;
    response.on('close', finished);
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof GraphQLError ? error.message : 'Internal server error';
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message }] });
      else response.end();
    });
  });

  return Object.assign(server, {
    drain: () =>
      new Promise<void>((resolve) => {
        server.close();
        server.closeIdleConnections();
        if (inFlight === 0) return resolve();
        idle = resolve;
      }),
  });
}
