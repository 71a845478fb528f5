import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';

/** Errors the client caused or can act on: passed on with their message in every mode. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
]);

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** The answer to a database (or downstream) outage: retryable, never INTERNAL_SERVER_ERROR. */
export function serviceUnavailable(path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  return {
    message: 'Service temporarily unavailable; retry the request',
    ...(path ? { path } : {}),
    extensions: { code: SERVICE_UNAVAILABLE, retryable: true },
  };
}

/**
 * Client errors keep their code and message (stack traces dropped in production). A database
 * outage becomes SERVICE_UNAVAILABLE (HTTP 503, see statusPlugin). In production, errors the client
 * did not cause are masked: no stack traces, no SQL, no internal messages; they are logged with
 * their cause by the logging plugin.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return production ? { ...formatted, extensions } : formatted;
    }
    if (isDatabaseUnavailable(error)) return serviceUnavailable(formatted.path);
    if (!production) return formatted;
    if (error instanceof GraphQLError && error.originalError === undefined && !code)
      return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
