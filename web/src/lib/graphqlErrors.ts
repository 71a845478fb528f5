import { CombinedGraphQLErrors } from '@apollo/client';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'NETWORK'
  | 'UNKNOWN';

type GraphQLErrorLike = { message: string; extensions?: Record<string, unknown> | undefined };

function errorsOf(error: unknown): readonly GraphQLErrorLike[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The `extensions.code` of the first GraphQL error, NETWORK when the request itself failed. */
export function errorCode(error: unknown): ErrorCode {
  const errors = errorsOf(error);
  if (!errors.length) return error ? 'NETWORK' : 'UNKNOWN';
  const code = errors[0]?.extensions?.code;
  const known: ErrorCode[] = [
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'CONFLICT',
    'FORBIDDEN',
    'UNAUTHENTICATED',
  ];
  return known.includes(code as ErrorCode) ? (code as ErrorCode) : 'UNKNOWN';
}

/** Server-side validation messages keyed by `extensions.field`. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of errorsOf(error)) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string')
      result[field] = e.message;
  }
  return result;
}

/** A sentence for the user: the server's message for GraphQL errors, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  const errors = errorsOf(error);
  if (errors.length) return errors.map((e) => e.message).join(' ');
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
