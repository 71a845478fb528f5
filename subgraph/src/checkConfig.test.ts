import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { checkConfig } from './main';

/** Settings refused before anything is opened, each with a message naming the setting and the fix. */
describe('checkConfig', () => {
  const check = (env: NodeJS.ProcessEnv) => () => checkConfig(loadConfig(env));
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: '0123456789abcdef0123456789abcdef',
    ROUTER_SECRET: 'router-secret',
  };

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, without echoing it (it may hold a password)', () => {
    expect(check({ DATABASE_URL: 'notaurl' })).toThrow(
      'DATABASE_URL is not a URL: set it like postgresql://user:password@host:5432/sales, or unset it to use the embedded database',
    );
    expect(check({ DATABASE_URL: 'mysql://root:hunter2@127.0.0.1/db' })).toThrow(
      'DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:5432/sales), not mysql://…',
    );
    expect(check({ DATABASE_URL: 'mysql://root:hunter2@127.0.0.1/db' })).not.toThrow(/hunter2/);
    expect(check({ DATABASE_URL: 'postgres://u:p@db:5432/sales' })).not.toThrow();
    expect(check({ DATABASE_URL: 'postgresql://u:p@db:5432/sales' })).not.toThrow();
  });

  it('refuses a JWKS_URL that is not an http(s) URL', () => {
    expect(check({ JWKS_URL: 'not-a-url' })).toThrow(
      /^JWKS_URL must be the http\(s\) URL of your identity provider's keys .*, got "not-a-url"$/,
    );
    expect(check({ JWKS_URL: 'https://id.example.com/.well-known/jwks.json' })).not.toThrow();
  });

  it('refuses a production JWT_SECRET shorter than 32 characters, saying how to make one', () => {
    expect(check({ ...production, JWT_SECRET: 'x' })).toThrow(
      'NODE_ENV=production needs a JWT_SECRET of at least 32 characters (this one has 1); make one with: openssl rand -hex 32',
    );
    expect(check(production)).not.toThrow();
    // Development takes any secret (its tokens are the demo's).
    expect(check({ JWT_SECRET: 'x' })).not.toThrow();
  });
});
