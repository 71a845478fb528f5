import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import { CLIENT_CODES, SERVICE_UNAVAILABLE } from './formatError';
import { REQUEST_ID_HEADER, type Logger } from './logger';

/** During an outage, at most one 'Service unavailable' warning this often (each with the count). */
export const OUTAGE_LOG_EVERY_MS = 5_000;

/**
 * Logs every error of a GraphQL request with the request id and the operation name: errors the
 * client caused at `debug`, an unreachable database at `warn`, anything else (a bug, a failed
 * statement, a subgraph that failed) at `error` with its cause chain. Clients see these masked in
 * production (formatError); the operator sees them here. Outage warnings are thinned out.
 */
export function errorLoggingPlugin(
  logger: Logger,
  { outageEveryMs = OUTAGE_LOG_EVERY_MS }: { outageEveryMs?: number } = {},
): ApolloServerPlugin<BaseContext> {
  // An outage refuses every request: one warning with its cause, then at most one per
  // `outageEveryMs` saying how many were refused since (an operator counted 7,470 warn lines,
  // 4.2 MB, in a 10-second outage at 250 requests/s).
  let lastOutageLog = -Infinity;
  let refusedSince = 0;
  const outage = (fields: Record<string, unknown>, err: unknown) => {
    const now = Date.now();
    if (now - lastOutageLog < outageEveryMs) {
      refusedSince += 1;
      return;
    }
    logger.warn(
      { ...fields, code: SERVICE_UNAVAILABLE, err, refusedSinceLastWarning: refusedSince },
      'Service unavailable',
    );
    lastOutageLog = now;
    refusedSince = 0;
  };
  return {
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      return {
        async didEncounterErrors({ errors, operationName, request: { operationName: named } }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const fields = {
              requestId,
              operationName: operationName ?? named ?? null,
              path: error.path?.join('.'),
              code,
            };
            if (
              typeof code === 'string' &&
              CLIENT_CODES.has(code) &&
              code !== SERVICE_UNAVAILABLE
            ) {
              logger.debug({ ...fields, message: error.message }, 'GraphQL client error');
            } else if (code === SERVICE_UNAVAILABLE || isDatabaseUnavailable(error)) {
              outage(fields, error.originalError ?? error);
            } else {
              logger.error(
                { ...fields, err: error.originalError ?? error },
                'GraphQL internal error',
              );
            }
          }
        },
      };
    },
  };
}

/** Answers HTTP 503 (with Retry-After) when an error of the response is SERVICE_UNAVAILABLE. */
export function serviceUnavailableStatusPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}

/**
 * A request whose document has no operation to run (an `operationName` it does not define, or
 * several operations and no name): 400 OPERATION_RESOLUTION_FAILURE, as a subgraph answers it.
 * @apollo/gateway otherwise failed planning it and the client got a 500 (found by an operator
 * session).
 */
export function operationResolutionPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide operation name if query contains multiple operations.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/** HTTP statuses for answers that are nothing but one kind of error (the gateway's answers). */
const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 };

/**
 * At the gateway, an answer that served nothing whose errors all have one code of `STATUS_OF_CODE`
 * gets that HTTP status (503 with Retry-After), as the subgraph that refused it sent: the gateway
 * answered 200 to a caller without a valid token. Nothing served: no data, or data whose every
 * field is null (`{ me { id } }` with a refused token is `{ me: null }`, and was a 200 a client
 * could read as "signed in as nobody"). An answer with some data keeps 200.
 */
export function errorStatusPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (data != null && Object.values(data).some((value) => value !== null)) return;
          const codes = new Set(errors.map((error) => String(error.extensions?.code)));
          const [code] = codes;
          const status = codes.size === 1 && code ? STATUS_OF_CODE[code] : undefined;
          if (!status) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
