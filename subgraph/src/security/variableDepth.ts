import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The deepest nesting of lists and objects a variable may have. The schema's deepest input is a
 * JSON value (8 levels) inside an input object; this leaves room for both and stays far below what
 * recursive code (JSON.stringify, graphql-js's value coercion) can take.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** The name of the first variable nested deeper than `maxDepth`; undefined when none is. */
export function tooDeepVariable(
  variables: Record<string, unknown> | undefined,
  maxDepth = MAX_VARIABLE_DEPTH,
): string | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    // Iterative: the value may be nested far deeper than the call stack allows.
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [current, depth] = stack.pop()!;
      if (typeof current !== 'object' || current === null) continue;
      if (depth + 1 > maxDepth) return name;
      for (const item of Object.values(current)) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/**
 * Refuses a request whose variables nest deeper than MAX_VARIABLE_DEPTH with BAD_USER_INPUT and
 * HTTP 400, before execution coerces them or the gateway serialises them for a subgraph: 6,000
 * nested lists in a JSON variable overflowed the gateway's stack in JSON.stringify (an attacker
 * got INTERNAL_SERVER_ERROR).
 */
export function variableDepthPlugin(
  maxDepth = MAX_VARIABLE_DEPTH,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const name = tooDeepVariable(request.variables, maxDepth);
          if (name === undefined) return;
          throw new GraphQLError(
            `Variable "$${name}" is nested more than ${maxDepth} levels deep.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
