import type { CurrentUser } from './useCurrentUser';

type User = Pick<CurrentUser, 'id' | 'role'> | null | undefined;

/**
 * What a role may do, as the server's authorize.ts decides it, so that a view offers only the
 * controls its user can use. While the user is not known yet, an owned record counts as changeable
 * (the server has the last word) and admin or manager settings as not.
 */
export const permissions = {
  /** Reps change only what they own; managers and admins anything in their tenant. */
  changeOwned: (user: User, ownerId: string | null | undefined) =>
    !user || user.role !== 'REP' || ownerId === user.id,
  /** Assign leads to anyone, set targets and rates: managers and admins. */
  manage: (user: User) => Boolean(user && user.role !== 'REP'),
  /** Stages, pipelines, routing and automations: admins. */
  administer: (user: User) => user?.role === 'ADMIN',
};
