import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { messageField, plainWords } from './plainWords';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'NETWORK'
  | 'UNKNOWN';

type GraphQLErrorLike = { message: string; extensions?: Record<string, unknown> | undefined };

/**
 * The GraphQL errors of a failed operation. A variable the server could not read (a 20-digit
 * amount) comes back as HTTP 400 with the errors in the body, which Apollo reports as a ServerError.
 */
function errorsOf(error: unknown): readonly GraphQLErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLErrorLike[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

const KNOWN: ErrorCode[] = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
];

/** The `extensions.code` of the first GraphQL error, NETWORK when the request itself failed. */
export function errorCode(error: unknown): ErrorCode {
  const errors = errorsOf(error);
  if (!errors.length) return error ? 'NETWORK' : 'UNKNOWN';
  const code = errors[0]?.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  return KNOWN.includes(code as ErrorCode) ? (code as ErrorCode) : 'UNKNOWN';
}

/** Validation messages in the user's words, keyed by the field they are about. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of errorsOf(error)) {
    const field = messageField(e.message, e.extensions?.field);
    if (field && (e.extensions?.code === 'BAD_USER_INPUT' || !e.extensions?.code))
      result[field] ??= plainWords(e.message);
  }
  return result;
}

const BY_CODE: Partial<Record<string, string>> = {
  CONFLICT: 'Someone else changed this in the meantime. The latest version is loaded.',
  FORBIDDEN: 'Your role does not allow this. Ask an admin if you need it.',
  UNAUTHENTICATED: 'Your session has ended. Reload the page to sign in again.',
  NOT_FOUND: 'It no longer exists; someone may have deleted it.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
};

/** A sentence for the user: the server's message in plain words, or what the failure means. */
export function errorMessage(error: unknown): string {
  const errors = errorsOf(error);
  if (errors.length) {
    const sentences = errors.map((e) => {
      const code = typeof e.extensions?.code === 'string' ? e.extensions.code : '';
      return code === 'BAD_USER_INPUT' || !BY_CODE[code] ? plainWords(e.message) : BY_CODE[code];
    });
    return [...new Set(sentences)].join(' ');
  }
  if (ServerError.is(error))
    return error.statusCode >= 500
      ? 'The server is not answering properly. Try again in a moment.'
      : 'The server could not read that request. Check the values and try again.';
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  )
    return 'Could not reach the server. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
