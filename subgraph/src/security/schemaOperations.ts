import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
} from 'graphql';
import { createSchema } from '../createSchema';

// The schema is built by @apollo/subgraph with its own copy of graphql, so types are told apart
// by class name rather than by graphql's instanceof helpers.
type Wrapper = { ofType: GraphQLType };
export const kindOf = (type: GraphQLType): string => type.constructor.name;
export const isNonNull = (type: GraphQLType) => kindOf(type) === 'GraphQLNonNull';
export const isList = (type: GraphQLType) => kindOf(type) === 'GraphQLList';
export const unwrap = (type: GraphQLType): GraphQLType =>
  isNonNull(type) || isList(type) ? (type as unknown as Wrapper).ofType : type;
export const namedType = (type: GraphQLType): GraphQLNamedType =>
  isNonNull(type) || isList(type) ? namedType(unwrap(type)) : (type as GraphQLNamedType);

export type RootField = GraphQLField<unknown, unknown>;

let schema: GraphQLSchema | undefined;

/** Every field of Query or Mutation in schema.graphql, federation's own (_service) left out. */
export function rootFields(root: 'Query' | 'Mutation'): RootField[] {
  schema ??= createSchema();
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).filter((f) => f.name !== '_service');
}

/** A type of schema.graphql by name. */
export function typeNamed(name: string): GraphQLNamedType {
  schema ??= createSchema();
  const type = schema.getType(name);
  if (!type) throw new Error(`No type ${name} in the schema`);
  return type;
}

type Fields = Record<string, GraphQLField<unknown, unknown>>;
const fieldsOf = (type: GraphQLNamedType): Fields | undefined =>
  'getFields' in type && kindOf(type) === 'GraphQLObjectType'
    ? (type.getFields() as Fields)
    : undefined;

/**
 * A selection of `type` that reads every scalar field without required arguments and follows
 * object fields `depth` levels: what a curious caller would read back.
 */
export function selectionOf(type: GraphQLType, depth = 2): string {
  const named = namedType(type);
  if (kindOf(named) === 'GraphQLUnionType') return '{ __typename }';
  const fields = fieldsOf(named);
  if (!fields) return '';
  const parts = ['__typename'];
  for (const field of Object.values(fields)) {
    if (field.args.some((a) => isNonNull(a.type) && a.defaultValue === undefined)) continue;
    const inner = namedType(field.type);
    if (!fieldsOf(inner) && kindOf(inner) !== 'GraphQLUnionType') parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionOf(inner, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** `op Name($a: T!, ...) { field(a: $a, ...) selection }` with every argument as a variable. */
export function operationOf(
  root: 'query' | 'mutation',
  field: RootField,
  selection = selectionOf(field.type, 0),
): string {
  const args: readonly GraphQLArgument[] = field.args;
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root} Probe${declared ? `(${declared})` : ''} { ${field.name}${
    passed ? `(${passed})` : ''
  } ${selection} }`;
}
