export type Role = 'ADMIN' | 'MANAGER' | 'REP';

/** Who is calling: taken from the verified JWT the gateway forwards. */
export type Principal = { tenantId: string; userId: string; role: Role };

export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'REP'];
