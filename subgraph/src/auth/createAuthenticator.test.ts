import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthenticator } from './createAuthenticator';
import { signToken } from './signToken';

const principal = { tenantId: 't1', userId: 'u1', role: 'MANAGER' as const };

describe('createAuthenticator', () => {
  afterEach(() => vi.useRealTimers());

  it('remembers a verified token only until it expires, and only that exact token', async () => {
    const secret = 'a-long-enough-development-secret-123';
    const authenticate = createAuthenticator({ jwtSecret: secret });
    vi.useFakeTimers({ toFake: ['Date'] });
    const started = Date.now();
    const token = await new SignJWT({ tenant_id: 't1', role: 'rep' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime(Math.floor(started / 1000) + 30)
      .sign(new TextEncoder().encode(secret));
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ userId: 'u1' });
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ userId: 'u1' });
    // The same token with its signature changed is checked, not taken from what was remembered.
    const forged = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await expect(authenticate(`Bearer ${forged}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Past its exp it is refused, though it verified before.
    vi.setSystemTime(started + 31_000);
    await expect(authenticate(`Bearer ${token}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/exp/),
    });
  });

  it('verifies HS256 tokens and reads tenant, user and role', async () => {
    const authenticate = createAuthenticator({ jwtSecret: 'a-long-enough-development-secret-123' });
    const token = await signToken(principal, 'a-long-enough-development-secret-123');
    expect(await authenticate(`Bearer ${token}`)).toEqual(principal);
  });

  it('refuses tokens without a tenant or with an unknown role', async () => {
    const secret = 'a-long-enough-development-secret-123';
    const authenticate = createAuthenticator({ jwtSecret: secret });
    const key = new TextEncoder().encode(secret);
    const noTenant = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setExpirationTime('5m')
      .sign(key);
    await expect(authenticate(`Bearer ${noTenant}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const badRole = await new SignJWT({ tenant_id: 't', role: 'owner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setExpirationTime('5m')
      .sign(key);
    await expect(authenticate(`Bearer ${badRole}`)).rejects.toThrow(/role/);
    await expect(authenticate(undefined)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a signed token whose tenant or user id holds a NUL or runs past 200 characters', async () => {
    const secret = 'a-long-enough-development-secret-123';
    const authenticate = createAuthenticator({ jwtSecret: secret });
    const key = new TextEncoder().encode(secret);
    const sign = (tenantId: string, sub: string) =>
      new SignJWT({ tenant_id: tenantId, role: 'rep' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setExpirationTime('5m')
        .sign(key);
    for (const [tenantId, sub, claim] of [
      ['tenant-demo', 'user-rep-1\u0000', 'sub'],
      ['tenant-\u0000demo', 'user-rep-1', 'tenant_id'],
      ['tenant-demo', 'u'.repeat(201), 'sub'],
    ])
      await expect(authenticate(`Bearer ${await sign(tenantId!, sub!)}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: `Token ${claim} must be 1 to 200 characters without control characters`,
      });
    expect(
      await authenticate(`Bearer ${await sign('tenant-demo', 'u'.repeat(200))}`),
    ).toMatchObject({ userId: 'u'.repeat(200) });
  });

  it('refuses tokens without an expiry, and expired tokens', async () => {
    const secret = 'a-long-enough-development-secret-123';
    const authenticate = createAuthenticator({ jwtSecret: secret });
    const key = new TextEncoder().encode(secret);
    const neverExpires = await new SignJWT({ tenant_id: 't1', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuedAt()
      .sign(key);
    await expect(authenticate(`Bearer ${neverExpires}`)).rejects.toMatchObject({
      message: expect.stringMatching(/"exp"/),
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    const expired = await new SignJWT({ tenant_id: 't1', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    await expect(authenticate(`Bearer ${expired}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  describe('with a JWKS URL', () => {
    let server: ReturnType<typeof createServer>;
    let url: string;
    let privateKey: CryptoKey;

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, resolve));
      url = `http://localhost:${(server.address() as AddressInfo).port}/jwks.json`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('verifies RS256 tokens against the published keys and checks the issuer', async () => {
      const authenticate = createAuthenticator({ jwksUrl: url, issuer: 'https://id.example' });
      const sign = (issuer: string) =>
        new SignJWT({ tenant_id: 't1', role: 'rep' })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('u9')
          .setIssuer(issuer)
          .setExpirationTime('5m')
          .sign(privateKey);
      expect(await authenticate(`Bearer ${await sign('https://id.example')}`)).toEqual({
        tenantId: 't1',
        userId: 'u9',
        role: 'REP',
      });
      await expect(
        authenticate(`Bearer ${await sign('https://evil.example')}`),
      ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    });

    it("keys that cannot be fetched are SERVICE_UNAVAILABLE (503, retryable), not the token's fault; a bad token is still UNAUTHENTICATED", async () => {
      const unreachable = createAuthenticator({ jwksUrl: 'http://127.0.0.1:1/jwks.json' });
      const token = await new SignJWT({ tenant_id: 't1', role: 'rep' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('u9')
        .setExpirationTime('5m')
        .sign(privateKey);
      await expect(unreachable(`Bearer ${token}`)).rejects.toMatchObject({
        message:
          "Tokens cannot be verified now: the identity provider's keys (JWKS_URL) could not be fetched; retry the request",
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } },
      });
      await expect(unreachable('Bearer not.a.token')).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });
  });
});
