import { SignJWT } from 'jose';
import type { Principal } from './principal';

/** Signs an HS256 token for a principal (development tokens and tests). */
export function signToken(
  principal: Principal,
  secret: string,
  expiresIn = '30d',
): Promise<string> {
  return new SignJWT({ tenant_id: principal.tenantId, role: principal.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(principal.userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
