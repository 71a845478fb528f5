import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  errorLoggingPlugin,
  operationResolutionPlugin,
  errorStatusPlugin,
} from '../subgraph/src/http/apolloPlugins';
import {
  ROUTER_SECRET_HEADER,
  sendTooLarge,
  trackRequest,
} from '../subgraph/src/http/createHttpServer';
import {
  formatError,
  SERVICE_UNAVAILABLE,
  serviceUnavailable,
} from '../subgraph/src/http/formatError';
import { createGracefulServer, listenOn } from '../subgraph/src/http/gracefulServer';
import { REQUEST_ID_HEADER, silentLogger, type Logger } from '../subgraph/src/http/logger';
import { GATEWAY_LIMITS, queryLimitOptions } from '../subgraph/src/http/queryLimits';
import { BodyTooLargeError, readBody } from '../subgraph/src/http/readBody';
import { respondWithApollo } from '../subgraph/src/http/respondWithApollo';
import { proxyExport } from './proxyExport';
import { serveStatic } from './serveStatic';

type GatewayContext = { authorization: string | undefined; requestId: string | undefined };

export type GatewayOptions = {
  port: number;
  subgraphs: { name: string; url: string }[];
  /** Sent to the subgraphs so they can refuse requests that bypass the router. */
  routerSecret?: string | undefined;
  /** The built SPA, served at / when present. */
  staticDir?: string | undefined;
  /** No introspection, landing page or field suggestions; internal errors masked. */
  production?: boolean;
  /** The sales subgraph's origin: GET /export/* (CSV downloads, ADR 037) is forwarded there. */
  exportTarget?: string | undefined;
  /** Larger request bodies get 413 (default 1,000,000). */
  maxRequestBytes?: number;
  logger?: Logger;
};

/** undici's and Node's codes for a connection that closed or failed before the answer was read. */
const LOST_CONNECTION = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * A subgraph's answer lost with its connection (a sales worker that died mid-request closes the
 * socket: undici's "other side closed") is SERVICE_UNAVAILABLE, retryable, as a reset connection
 * already was; other failures are left as they are (INTERNAL_SERVER_ERROR, logged at error).
 */
export function lostAnswer(error: unknown): unknown {
  for (let cause = error, i = 0; cause && typeof cause === 'object' && i < 5; i++) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string' && LOST_CONNECTION.has(code))
      return new GraphQLError(serviceUnavailable().message, {
        originalError: error instanceof Error ? error : undefined,
        extensions: { code: SERVICE_UNAVAILABLE, retryable: true },
      });
    cause = (cause as { cause?: unknown }).cause;
  }
  return error;
}

/**
 * Fetches from a subgraph, handing its GraphQL error responses (400 for input errors and limits,
 * 401, 503 for an outage) to the gateway as results, so their errors reach clients with their own
 * codes and messages instead of INTERNAL_SERVER_ERROR "400: Bad Request". Bodies that are not
 * GraphQL responses keep their status (the gateway reports them as before).
 */
export const passSubgraphErrors: RemoteGraphQLDataSource['fetcher'] = async (url, init) => {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, init as RequestInit);
    text = await response.text();
  } catch (error) {
    throw lostAnswer(error);
  }
  if (response.ok) return new Response(text, response);
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(graphql-response\+)?json/.test(type)) return new Response(text, response);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const isGraphQLResponse =
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { errors?: unknown }).errors);
  return new Response(text, {
    status: isGraphQLResponse ? 200 : response.status,
    statusText: isGraphQLResponse ? 'OK' : response.statusText,
    headers: response.headers,
  });
};

/** The local supergraph: @apollo/gateway composing the subgraphs, and the SPA beside it. */
export async function startGateway(options: GatewayOptions) {
  const logger = options.logger ?? silentLogger;
  const production = options.production ?? false;
  const maxRequestBytes = options.maxRequestBytes ?? 1_000_000;
  const gateway = new ApolloGateway({
    logger,
    supergraphSdl: new IntrospectAndCompose({ subgraphs: options.subgraphs }),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        fetcher: passSubgraphErrors,
        willSendRequest({ request, context }) {
          // Schema loading has no client context: it is authenticated by the router secret alone
          // (the subgraph serves `_service { sdl }` to it without a user token).
          const { authorization, requestId } = context as Partial<GatewayContext>;
          if (authorization) request.http?.headers.set('authorization', authorization);
          if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
          if (options.routerSecret)
            request.http?.headers.set(ROUTER_SECRET_HEADER, options.routerSecret);
        },
      }),
  });
  const limits = queryLimitOptions(GATEWAY_LIMITS, production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // One signal path: the process's handlers drain the HTTP server, then stop Apollo.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      operationResolutionPlugin(),
      errorStatusPlugin(),
      errorLoggingPlugin(logger),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  const server = createGracefulServer((request, response) => {
    const requestId = trackRequest(request, response, logger);
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const handle = async () => {
      // Liveness for a process manager or load balancer: this process answers (no subgraph asked).
      if (request.method === 'GET' && pathname === '/health') {
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(JSON.stringify({ status: 'ok' }));
      }
      if (options.exportTarget && pathname.startsWith('/export/'))
        return proxyExport(options.exportTarget, options.routerSecret, request, response);
      if (pathname === '/graphql' || !options.staticDir) {
        let body: string;
        try {
          body = await readBody(request, maxRequestBytes);
        } catch (error) {
          if (error instanceof BodyTooLargeError) return sendTooLarge(response, error);
          throw error;
        }
        return respondWithApollo(apollo, request, response, body, async (headers) => ({
          authorization: headers.get('authorization') ?? undefined,
          requestId,
        }));
      }
      if (!(await serveStatic(options.staticDir, request, response))) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('The SPA is not built: run npm run build');
      }
    };
    handle().catch((error: unknown) => {
      logger.error({ requestId, err: error, path: pathname }, 'HTTP request failed');
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          errors: [
            {
              message: production
                ? 'Internal server error'
                : error instanceof Error
                  ? error.message
                  : 'Gateway error',
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        }),
      );
    });
  });
  await listenOn(server, options.port, 'GATEWAY_PORT');
  const { port } = server.address() as AddressInfo;
  /** Drains the HTTP server within `deadlineMs`, then stops the gateway. */
  const drain = (deadlineMs: number) => server.shutdown(deadlineMs);
  return {
    url: `http://localhost:${port}/graphql`,
    origin: `http://localhost:${port}`,
    drain,
    stop: async (deadlineMs = 10_000) => {
      const { cut } = await drain(deadlineMs);
      if (cut) logger.warn({ cut, deadlineMs }, 'Requests cut at the shutdown deadline');
      await apollo.stop();
    },
  };
}
