import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Authenticator } from '../auth/createAuthenticator';
import { unauthenticated } from '../auth/createAuthenticator';
import type { Principal } from '../auth/principal';
import { createContext } from './createContext';
import type { Context } from '../types/context';
import type { PrismaClient } from '../db/generated/client';
import type { SendScoringEvent } from '../jobs/scoringEvents';
import { createGracefulServer, type GracefulServer } from './gracefulServer';
import { REQUEST_ID_HEADER, requestIdFrom, silentLogger, type Logger } from './logger';
import { BodyTooLargeError, readBody } from './readBody';
import { respondWithApollo } from './respondWithApollo';
import { isSchemaLoadingRequest } from './schemaLoading';

export const ROUTER_SECRET_HEADER = 'router-authorization';

/** How long GET /ready waits for the database's answer (probes time out at 1-5 s by default). */
export const READY_TIMEOUT_MS = 1_000;

/**
 * Who asks for the SDL when the router loads the schema (router secret, no user token). Its
 * tenant matches no row; the request is checked to select only `_service { sdl }`.
 */
const SCHEMA_LOADER: Principal = {
  tenantId: '(router schema loading)',
  userId: 'router',
  role: 'REP',
};

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
  logger?: Logger;
};

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * The 413 every service of the project answers for an oversized body. The rest of the body is
 * never read, so the connection cannot carry another request: it is closed, and says so (marked
 * keep-alive, a client's next request on it was reset, a mutation with it lost without a word).
 */
export function sendTooLarge(response: ServerResponse, error: BodyTooLargeError): void {
  response.setHeader('connection', 'close');
  sendJson(response, 413, {
    errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A constant-time check of the router's shared secret. */
export function routerSecretMatches(expected: string, given: string | undefined): boolean {
  return given !== undefined && timingSafeEqual(digest(expected), digest(given));
}

/**
 * Gives each request an id (the caller's `x-request-id` when sane, else a new one), echoes it in
 * the response, and logs the request when it ends: `debug`, or `warn` for a 5xx.
 */
export function trackRequest(
  request: IncomingMessage,
  response: ServerResponse,
  logger: Logger,
): string {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  response.once('close', () => {
    const fields = {
      requestId,
      method: request.method,
      path: request.url?.split('?')[0],
      status: response.statusCode,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    // A 503 is the answer an outage or a drain gives by design, reported by its own (thinned)
    // warning; other server errors and cut responses are warnings of their own.
    if ((response.statusCode >= 500 && response.statusCode !== 503) || !response.writableFinished)
      logger.warn(fields, 'request');
    else logger.debug(fields, 'request');
  });
  return requestId;
}

/**
 * The subgraph's HTTP server: GraphQL at /graphql, liveness at /health (no database), readiness
 * at /ready (SELECT 1), and extra routes (Inngest). `shutdown(deadline)` drains it (gracefulServer).
 */
export function createHttpServer(options: HttpServerOptions): GracefulServer {
  const logger = options.logger ?? silentLogger;
  // Probes fail every few seconds through an outage: the first failure is a warning with its
  // cause, the next ones debug lines, and the recovery one line that counts them (each failed probe
  // logged a warning with a full stack).
  let failedProbes = 0;

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/health')
      return sendJson(response, 200, { status: 'ok' });
    if (request.method === 'GET' && url.pathname === '/ready') {
      // A database that takes connections and never answers (a network black hole) must not keep
      // the probe waiting past its own timeout: not ready after READY_TIMEOUT_MS.
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          options.prisma.$queryRawUnsafe('SELECT 1'),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)),
              READY_TIMEOUT_MS,
            );
          }),
        ]);
        if (failedProbes > 0) logger.info({ requestId, failedProbes }, 'Ready again');
        failedProbes = 0;
        return sendJson(response, 200, { status: 'ready' });
      } catch (error) {
        failedProbes += 1;
        if (failedProbes === 1)
          logger.warn({ requestId, err: error }, 'Not ready: database unreachable');
        else
          logger.debug(
            {
              requestId,
              failedProbes,
              reason: error instanceof Error ? error.message : String(error),
            },
            'Not ready: database unreachable',
          );
        return sendJson(response, 503, { status: 'unavailable', reason: 'database unreachable' });
      } finally {
        clearTimeout(timer);
      }
    }
    let body: string;
    try {
      body = await readBody(request, options.maxRequestBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendTooLarge(response, error);
      throw error;
    }
    for (const [prefix, route] of Object.entries(options.routes ?? {})) {
      if (url.pathname.startsWith(prefix)) return route(request, response, body);
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(response, 404, {
        errors: [{ message: `No route ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }],
      });
    }
    await handleGraphQL(request, response, body);
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, body: string) {
    await respondWithApollo(options.apollo, request, response, body, async (headers) => {
      const routerSecret = options.routerSecret;
      const fromRouter =
        routerSecret !== undefined &&
        routerSecretMatches(routerSecret, headers.get(ROUTER_SECRET_HEADER));
      if (routerSecret !== undefined && !fromRouter) {
        throw unauthenticated('Requests must come through the router');
      }
      const authorization = headers.get('authorization');
      // The router loading the schema: its secret, no user token, and nothing but the SDL asked.
      if (fromRouter && !authorization && isSchemaLoadingRequest(body)) {
        return createContext(options.prisma, SCHEMA_LOADER, options.sendEvent, logger);
      }
      let principal;
      try {
        principal = await options.authenticate(authorization);
      } catch (error) {
        // A refusal is the client's; keys that could not be fetched are the operator's to know.
        if (error instanceof GraphQLError && error.extensions.code === 'SERVICE_UNAVAILABLE')
          logger.warn({ err: error.originalError ?? error }, error.message);
        throw error;
      }
      return createContext(options.prisma, principal, options.sendEvent, logger);
    });
  }

  return createGracefulServer((request, response) => {
    const requestId = trackRequest(request, response, logger);
    handle(request, response, requestId).catch((error: unknown) => {
      logger.error({ requestId, err: error, path: request.url }, 'HTTP request failed');
      const message = error instanceof GraphQLError ? error.message : 'Internal server error';
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else response.end();
    });
  });
}
