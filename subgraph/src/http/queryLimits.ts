import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { hideSuggestionsPlugin } from '../security/hideSuggestions';
import { listCostPlugin } from '../security/listCost';
import { variableDepthPlugin } from '../security/variableDepth';

/**
 * Limits on what one GraphQL document may ask for (ADR 017). Every refusal is a client error:
 * HTTP 400 with GRAPHQL_PARSE_FAILED (tokens, counted by graphql-js while parsing, so a huge
 * document is never built) or GRAPHQL_VALIDATION_FAILED (depth, aliases, directives, cost).
 *
 * The subgraph allows twice the gateway's tokens: the gateway's fetches add key fields,
 * `__typename` and the `_entities(representations: …) { ... on T { … } }` wrapper to what the
 * client wrote. Depth counts fields only (fragments are flattened), so the entity wrapper adds none.
 */
export type QueryLimits = {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
};

export const GATEWAY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4_000,
  maxDirectives: 20,
  maxCost: 20_000,
};

export const SUBGRAPH_LIMITS: QueryLimits = { ...GATEWAY_LIMITS, maxTokens: 8_000 };

/**
 * Every number written in a document is one a client can mean: graphql-js reads the Float literal
 * `1e400` as Infinity, which the gateway failed to plan a fetch with (HTTP 500) while the subgraph
 * refused it only in the argument's own check. Refused here, in validation, on both: HTTP 400 with
 * GRAPHQL_VALIDATION_FAILED. (Integer literals out of range are already refused by Int.)
 */
export const finiteNumberLiterals: ValidationRule = (context) => ({
  FloatValue(node) {
    if (Number.isFinite(Number(node.value))) return;
    const shown = node.value.length > 24 ? `${node.value.slice(0, 24)}…` : node.value;
    context.reportError(
      new GraphQLError(
        `The number ${shown} is out of range: a Float must be finite (at most about 1.8e308)`,
        { nodes: node },
      ),
    );
  },
});

/**
 * Apollo Server options enforcing `limits` (cost counts list sizes, ADR 073), refusing variables
 * nested too deep, and, in production, dropping every 'Did you mean …' suggestion.
 */
export function queryLimitOptions(
  limits: QueryLimits,
  production: boolean,
): {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<BaseContext>[];
} {
  // graphql-armor words every refusal "Syntax Error: …" although the document parsed; each is
  // reported to the validation as what it is ("Query depth limit of 12 exceeded, found …").
  const refusal = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        if (!context) throw error;
        context.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
      },
    ],
  };
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refusal },
    maxAliases: { n: limits.maxAliases, ...refusal },
    // Counted by graphql-js's parser instead (parseOptions): armor's Apollo plugin throws from a
    // parsing hook, which Apollo Server answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...refusal },
    // Priced by listCostPlugin instead: armor's cost ignores list sizes given by variables or
    // defaults (ADR 073).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...protection.validationRules, finiteNumberLiterals],
    plugins: [
      ...protection.plugins,
      variableDepthPlugin(),
      listCostPlugin(limits.maxCost),
      ...(production ? [hideSuggestionsPlugin()] : []),
    ],
  };
}
