import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** graphql-js's hints: 'Did you mean "name"?', 'Did you mean the enum value "EQUALS" or "IN"?'. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export const withoutSuggestions = (message: string): string =>
  message.replace(SUGGESTION, '').trim();

/**
 * Production answers name nothing of the schema a client did not ask for: graphql-armor hides
 * suggestions of field names in validation, but graphql-js also suggests enum values when it
 * coerces a literal or a variable ('Value "EQUAL" does not exist in "ConditionOperator" enum.
 * Did you mean the enum value "EQUALS"?'). This drops every suggestion from every answer.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (!singleResult.errors) return;
          singleResult.errors = singleResult.errors.map((error) => {
            const message = withoutSuggestions(error.message);
            return message === error.message ? error : { ...error, message };
          });
        },
      };
    },
  };
}
