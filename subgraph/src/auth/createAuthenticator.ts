import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Principal, type Role } from './principal';

export type AuthSettings = {
  jwtSecret?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
  /** Used for requests without a token, outside production only. */
  developmentPrincipal?: Principal | undefined;
};

export type Authenticator = (authorization: string | undefined) => Promise<Principal>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Verifies `Authorization: Bearer <jwt>` (HS256 secret or JWKS) and reads tenant, user and role. */
export function createAuthenticator(settings: AuthSettings): Authenticator {
  const secret = settings.jwtSecret ? new TextEncoder().encode(settings.jwtSecret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : undefined;
  // A token without `exp` would never expire: refused like an expired one.
  const options = {
    requiredClaims: ['exp'],
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
  };

  return async (authorization) => {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      if (settings.developmentPrincipal) return settings.developmentPrincipal;
      throw unauthenticated('Missing bearer token');
    }
    let payload: Record<string, unknown>;
    try {
      if (jwks) payload = (await jwtVerify(token, jwks, options)).payload;
      else if (secret)
        payload = (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
      else throw new Error('no JWT secret or JWKS URL configured');
    } catch (error) {
      throw unauthenticated(
        `Invalid token: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return principalFromClaims(payload);
  };
}

function principalFromClaims(claims: Record<string, unknown>): Principal {
  const tenantId = claims.tenant_id ?? claims.tid;
  const userId = claims.sub;
  const role = typeof claims.role === 'string' ? claims.role.toUpperCase() : 'REP';
  if (typeof tenantId !== 'string' || !tenantId)
    throw unauthenticated('Token has no tenant_id claim');
  if (typeof userId !== 'string' || !userId) throw unauthenticated('Token has no sub claim');
  if (!ROLES.includes(role as Role))
    throw unauthenticated(`Token role "${role}" is not one of ${ROLES.join(', ')}`);
  return { tenantId, userId, role: role as Role };
}
