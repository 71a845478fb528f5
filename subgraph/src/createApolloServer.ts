import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Context } from './types/context';
import { createSchema } from './createSchema';
import { compiledExecution } from './http/compiledExecution';
import { errorLoggingPlugin, serviceUnavailableStatusPlugin } from './http/apolloPlugins';
import { formatError } from './http/formatError';
import { silentLogger, type Logger } from './http/logger';
import { queryLimitOptions, SUBGRAPH_LIMITS } from './http/queryLimits';

export { formatError };

export function createApolloServer({
  production,
  logger = silentLogger,
}: {
  production: boolean;
  logger?: Logger;
}): ApolloServer<Context> {
  const limits = queryLimitOptions(SUBGRAPH_LIMITS, production);
  return new ApolloServer<Context>({
    // The schema, executed by graphql-jit through Apollo's gateway interface (ADR 047).
    gateway: compiledExecution(createSchema()),
    introspection: !production,
    csrfPrevention: true,
    // One signal path: the process's own handlers drain the HTTP server, then stop Apollo.
    stopOnTerminationSignals: false,
    formatError: formatError(production),
    includeStacktraceInErrorResponses: !production,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      errorLoggingPlugin(logger),
      serviceUnavailableStatusPlugin(),
      ApolloServerPluginInlineTraceDisabled(),
      // No @cacheControl hints in this schema: without this Apollo runs a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
