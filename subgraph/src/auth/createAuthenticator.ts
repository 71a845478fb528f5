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

/**
 * The identity provider's keys could not be had (JWKS_URL unreachable, slow or answering
 * something else): the token was not judged, so this is not UNAUTHENTICATED ("your token is bad")
 * but SERVICE_UNAVAILABLE, retryable, HTTP 503; the server logs it (an operator found every request
 * refused as "Invalid token: fetch failed" and nothing in the log).
 */
export function keysUnavailable(cause: unknown): GraphQLError {
  return new GraphQLError(
    "Tokens cannot be verified now: the identity provider's keys (JWKS_URL) could not be fetched; retry the request",
    {
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } },
      originalError: cause instanceof Error ? cause : new Error(String(cause)),
    },
  );
}

/**
 * True for jose's judgements on a token (expired, bad signature, no matching key, …); false for a
 * failure to fetch the keys (a network error, a timeout, a key set that is not one).
 */
function isVerdictOnToken(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    code.startsWith('ERR_J') &&
    code !== 'ERR_JWKS_TIMEOUT' &&
    code !== 'ERR_JWKS_INVALID'
  );
}

/** Verified tokens kept at most (the oldest goes first) and for at most this long each (ADR 050). */
export const VERIFIED_TOKENS_KEPT = 10_000;
export const VERIFIED_TOKEN_TTL_MS = 60_000;

/**
 * Verifies `Authorization: Bearer <jwt>` (HS256 secret or JWKS) and reads tenant, user and role.
 * A token that verified is remembered until its `exp` or for `VERIFIED_TOKEN_TTL_MS`, whichever
 * comes first, so a client's next requests skip the signature check (about 0.1 ms of CPU each, a
 * tenth of a cheap request); only the exact token string matches, and refusals are not kept.
 */
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

  const verified = new Map<string, { principal: Principal; until: number }>();

  return async (authorization) => {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      if (settings.developmentPrincipal) return settings.developmentPrincipal;
      throw unauthenticated('Missing bearer token');
    }
    const known = verified.get(token);
    if (known) {
      if (Date.now() < known.until) return known.principal;
      verified.delete(token);
    }
    let payload: Record<string, unknown>;
    try {
      if (jwks) payload = (await jwtVerify(token, jwks, options)).payload;
      else if (secret)
        payload = (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
      else throw new Error('no JWT secret or JWKS URL configured');
    } catch (error) {
      if (jwks && !isVerdictOnToken(error)) throw keysUnavailable(error);
      throw unauthenticated(
        `Invalid token: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const principal = principalFromClaims(payload);
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    // `exp` is required above, in seconds.
    const until = Math.min(Number(payload.exp) * 1000, Date.now() + VERIFIED_TOKEN_TTL_MS);
    verified.set(token, { principal, until });
    return principal;
  };
}

/** As long as an ID the API accepts (resolvers/guardArguments). */
const MAX_ID_CLAIM = 200;
const ID_CLAIM = new RegExp(`^[^\\u0000-\\u001f\\u007f]{1,${MAX_ID_CLAIM}}$`, 'u');

function principalFromClaims(claims: Record<string, unknown>): Principal {
  const tenantId = claims.tenant_id ?? claims.tid;
  const userId = claims.sub;
  const role = typeof claims.role === 'string' ? claims.role.toUpperCase() : 'REP';
  if (typeof tenantId !== 'string' || !tenantId)
    throw unauthenticated('Token has no tenant_id claim');
  if (typeof userId !== 'string' || !userId) throw unauthenticated('Token has no sub claim');
  // Ids are stored and compared as text: a NUL reached PostgreSQL as INTERNAL ("invalid byte
  // sequence"), and an id longer than any the API accepts names nothing.
  for (const [claim, value] of [
    ['tenant_id', tenantId],
    ['sub', userId],
  ] as const)
    if (!ID_CLAIM.test(value))
      throw unauthenticated(
        `Token ${claim} must be 1 to ${MAX_ID_CLAIM} characters without control characters`,
      );
  if (!ROLES.includes(role as Role))
    throw unauthenticated(`Token role "${role}" is not one of ${ROLES.join(', ')}`);
  return { tenantId, userId, role: role as Role };
}
