import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists below are always fetched whole: the server's answer replaces what the cache holds.
        PipelineStage: { fields: { deals: { merge: false } } },
        Pipeline: { fields: { stages: { merge: false } } },
        Deal: { fields: { activities: { merge: false } } },
        Query: {
          fields: {
            dealActivities: { merge: false },
            leadActivities: { merge: false },
            pipelines: { merge: false },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
