import { useCurrentUserQuery, type CurrentUserQuery } from '../__generated__/graphql';

export type CurrentUser = NonNullable<CurrentUserQuery['me']>;

/**
 * The signed-in user: undefined while the answer is on its way, null when there is none to have
 * (a failed request, a user the tenant does not know). One request per session: Apollo keeps it.
 */
export function useCurrentUser(): CurrentUser | null | undefined {
  const { data, error } = useCurrentUserQuery();
  if (data) return data.me ?? null;
  return error ? null : undefined;
}
