import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from './auth/createAuthenticator';
import type { Principal } from './auth/principal';
import { signToken } from './auth/signToken';
import { loadConfig, type Config } from './config';
import { createApolloServer } from './createApolloServer';
import type { Database } from './db/database';
import { openConfiguredDatabase } from './db/openConfiguredDatabase';
import { applyMigrations } from './db/migrations';
import type { SendScoringEvent } from './jobs/scoringEvents';
import { createHttpServer, type RouteHandler } from './http/createHttpServer';

export type RunningSubgraph = {
  url: string;
  db: Database;
  /** A signed token for the development principal (null when auth is configured externally). */
  devToken: string | null;
  devPrincipal: Principal | null;
  stop(): Promise<void>;
};

export type StartOptions = {
  config?: Config;
  /** Use this database instead of opening one from the config (tests). */
  db?: Database;
  /** The principal used for unauthenticated requests outside production, and for the printed token. */
  devPrincipal?: Principal;
  migrate?: boolean;
  /** Extra HTTP routes by path prefix (the Inngest endpoint at /api/inngest). */
  routes?: Record<string, RouteHandler>;
  /** Background scoring's event sender (lead/updated, customer/signals.updated). */
  sendEvent: SendScoringEvent;
};

/** Wiring only: config, database, Apollo Server, HTTP, shutdown. */
export async function startSubgraph(options: StartOptions): Promise<RunningSubgraph> {
  const config = options.config ?? loadConfig();
  const db = options.db ?? (await openConfiguredDatabase(config));
  if (options.migrate ?? !options.db) await applyMigrations(db);

  // Without configured auth, a development secret is generated at start; never in production.
  const externalAuth = Boolean(config.jwtSecret || config.jwksUrl);
  if (!externalAuth && config.production) {
    throw new Error(
      "NODE_ENV=production needs JWT_SECRET or JWKS_URL to verify the gateway's tokens",
    );
  }
  const jwtSecret =
    config.jwtSecret ?? (externalAuth ? undefined : randomBytes(32).toString('hex'));
  const devPrincipal = config.production ? null : (options.devPrincipal ?? null);
  const authenticate = createAuthenticator({
    jwtSecret,
    jwksUrl: config.jwksUrl,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    developmentPrincipal: devPrincipal ?? undefined,
  });
  const devToken =
    devPrincipal && jwtSecret && !config.jwksUrl ? await signToken(devPrincipal, jwtSecret) : null;

  const apollo = createApolloServer({ production: config.production });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    prisma: db.prisma,
    authenticate,
    routerSecret: config.routerSecret,
    maxRequestBytes: config.maxRequestBytes,
    ...(options.routes ? { routes: options.routes } : {}),
    sendEvent: options.sendEvent,
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/graphql`,
    db,
    devToken,
    devPrincipal,
    stop: () =>
      (stopped ??= (async () => {
        await server.drain();
        await apollo.stop();
        if (!options.db) await db.close();
      })()),
  };
}
