import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import type { Context } from './types/context';
import { resolvers } from './resolvers';
import { guardArguments } from './resolvers/guardArguments';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema.graphql');

export function createSchema(): GraphQLSchema {
  const typeDefs = gql(readFileSync(SCHEMA_FILE, 'utf8'));
  return guardArguments(
    buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
  );
}
