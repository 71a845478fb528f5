import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Authenticator } from '../auth/createAuthenticator';
import type { PrismaClient } from '../db/generated/client';
import type { SendScoringEvent } from '../jobs/scoringEvents';
import { dealCsv } from '../services/export/dealCsv';
import { dealExportParams, leadExportParams } from '../services/export/exportParams';
import { leadCsv } from '../services/export/leadCsv';
import type { Context } from '../types/context';
import { createContext } from './createContext';
import {
  ROUTER_SECRET_HEADER,
  routerSecretMatches,
  sendJson,
  type RouteHandler,
} from './createHttpServer';
import { silentLogger, type Logger } from './logger';

export const EXPORT_PREFIX = '/export/';

type ExportOptions = {
  prisma: PrismaClient;
  authenticate: Authenticator;
  routerSecret?: string | undefined;
  sendEvent: SendScoringEvent;
  logger?: Logger;
};

const EXPORTS: Record<
  string,
  (context: Context, params: URLSearchParams) => AsyncGenerator<string>
> = {
  'leads.csv': (context, params) => leadCsv(context, leadExportParams(params)),
  'deals.csv': (context, params) => dealCsv(context, dealExportParams(params)),
};

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

// Lines are sent in chunks of about this size: one write per line would cost a syscall each.
const CHUNK_CHARS = 64 * 1024;

function sendError(response: ServerResponse, error: GraphQLError, status: number): void {
  sendJson(response, status, {
    errors: [{ message: error.message, extensions: { code: error.extensions.code } }],
  });
}

/**
 * GET /export/leads.csv and /export/deals.csv (ADR 037): the caller is authenticated as for
 * GraphQL (router secret, then the user's token) and sees what its tenant's queries show. Rows
 * are streamed as they are read, page by page, with the socket's backpressure respected; a bad
 * parameter is a 400 with a message before anything is streamed.
 */
export function exportRoute(options: ExportOptions): RouteHandler {
  const logger = options.logger ?? silentLogger;
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const build = EXPORTS[url.pathname.slice(EXPORT_PREFIX.length)];
    if (!build) {
      return sendJson(response, 404, {
        errors: [{ message: `No export ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }],
      });
    }
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      return sendJson(response, 405, {
        errors: [{ message: 'Exports are read with GET', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    let lines: AsyncGenerator<string>;
    let first: IteratorResult<string>;
    try {
      const context = createContext(
        options.prisma,
        await authenticated(options, request),
        options.sendEvent,
        logger,
      );
      lines = build(context, url.searchParams);
      first = await lines.next();
    } catch (error) {
      const status =
        error instanceof GraphQLError ? STATUS_OF_CODE[String(error.extensions.code)] : undefined;
      if (status && error instanceof GraphQLError) return sendError(response, error, status);
      throw error;
    }
    const day = new Date().toISOString().slice(0, 10);
    const name = url.pathname.slice(EXPORT_PREFIX.length).replace('.csv', `-${day}.csv`);
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    await stream(response, first, lines, logger);
  };
}

async function authenticated(options: ExportOptions, request: IncomingMessage) {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (
    options.routerSecret !== undefined &&
    !routerSecretMatches(options.routerSecret, header(ROUTER_SECRET_HEADER))
  ) {
    throw new GraphQLError('Requests must come through the router', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return options.authenticate(header('authorization'));
}

function drainedOrClosed(response: ServerResponse): Promise<unknown> {
  const controller = new AbortController();
  return Promise.race([
    once(response, 'drain', { signal: controller.signal }),
    once(response, 'close', { signal: controller.signal }),
  ]).finally(() => controller.abort());
}

/**
 * Writes a UTF-8 byte order mark, then the lines, waiting for `drain` when the client reads
 * slower than the database answers. A client that goes away ends the reading; a failure after
 * the headers were sent cuts the connection, so a partial file is never taken for a whole one.
 */
async function stream(
  response: ServerResponse,
  first: IteratorResult<string>,
  lines: AsyncGenerator<string>,
  logger: Logger,
): Promise<void> {
  let chunk = '\uFEFF';
  try {
    for (let next = first; !next.done; next = await lines.next()) {
      chunk += next.value;
      if (chunk.length < CHUNK_CHARS) continue;
      if (response.destroyed) return;
      if (!response.write(chunk)) await drainedOrClosed(response);
      chunk = '';
    }
    response.end(chunk);
  } catch (error) {
    logger.error({ err: error }, 'Export failed while streaming');
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  } finally {
    await lines.return(undefined);
  }
}
