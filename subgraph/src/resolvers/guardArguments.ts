import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLNonNull,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLUnionType,
} from 'graphql';
import { fieldLimits, fieldRanges } from '../__generated__/fieldLimits';
import { userError } from '../services/common/errors';
import { jsonProblem } from '../services/common/jsonBounds';
import { isStorableText, UNSAFE_TEXT_MESSAGE } from '../services/common/validate';

/** The most characters of an ID without its own @limit: longer ones name nothing. */
export const MAX_ID_LENGTH = 200;

type Limits = { length?: number; range?: { min: number; max: number } };
type LimitTable = Record<string, Record<string, unknown>>;
const lengths = fieldLimits as unknown as LimitTable;
const ranges = fieldRanges as unknown as LimitTable;

function limitsOf(table: LimitTable, type: string, field: string, arg?: string): unknown {
  const entry = table[type]?.[field];
  return arg === undefined ? entry : (entry as Record<string, unknown> | undefined)?.[arg];
}

const limitsAt = (type: string, field: string, arg?: string): Limits => ({
  length: limitsOf(lengths, type, field, arg) as number | undefined,
  range: limitsOf(ranges, type, field, arg) as Limits['range'],
});

// Types are told apart by their class names, not graphql's instanceof helpers: @apollo/subgraph
// builds the schema with the CommonJS copy of graphql, this module imports the ESM one.
type AnyType = GraphQLInputType | GraphQLNamedType;
const kindIs = (type: AnyType | null | undefined, kind: string) => type?.constructor.name === kind;
const isNonNull = (t: AnyType): t is GraphQLNonNull<GraphQLInputType> =>
  kindIs(t, 'GraphQLNonNull');
const isList = (t: AnyType): t is GraphQLList<GraphQLInputType> => kindIs(t, 'GraphQLList');
const isInputObject = (t: AnyType): t is GraphQLInputObjectType =>
  kindIs(t, 'GraphQLInputObjectType');
const isObject = (t: AnyType): t is GraphQLObjectType => kindIs(t, 'GraphQLObjectType');
const isUnion = (t: AnyType | null | undefined): t is GraphQLUnionType =>
  kindIs(t, 'GraphQLUnionType');

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Every string inside a value (keys too), without recursion: representations may nest deeply. */
function hasUnstorableText(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (!isStorableText(item)) return true;
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (!isStorableText(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function checkScalar(value: unknown, typeName: string, path: string, limits: Limits): void {
  if (typeName === 'JSON') {
    const problem = jsonProblem(value);
    if (problem) throw userError(`${path}: JSON ${problem}`, path);
  } else if (typeName === '_Any') {
    if (hasUnstorableText(value)) throw userError(`${path}: ${UNSAFE_TEXT_MESSAGE}`, path);
  } else if (typeof value === 'string') {
    if (!isStorableText(value)) throw userError(`${path}: ${UNSAFE_TEXT_MESSAGE}`, path);
    if (typeName === 'ID' && value === '') throw userError(`${path}: must not be empty`, path);
    const max = limits.length ?? (typeName === 'ID' ? MAX_ID_LENGTH : undefined);
    if (max !== undefined && value.length > max)
      throw userError(`${path}: must be at most ${max.toLocaleString('en-US')} characters`, path);
  } else if (typeof value === 'number' && limits.range) {
    const { min, max } = limits.range;
    if (value < min || value > max) throw userError(`${path}: must be from ${min} to ${max}`, path);
  }
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, limits: Limits): void {
  if (value === null || value === undefined) return;
  const inner = isNonNull(type) ? type.ofType : type;
  if (isList(inner)) {
    (value as unknown[]).forEach((item, i) =>
      checkValue(item, inner.ofType, join(path, i), limits),
    );
  } else if (isInputObject(inner)) {
    for (const field of Object.values(inner.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkValue(fieldValue, field.type, join(path, field.name), limitsAt(inner.name, field.name));
    }
  } else if (kindIs(inner, 'GraphQLScalarType')) {
    checkScalar(value, (inner as GraphQLNamedType).name, path, limits);
  }
}

/** Federation's `_entities`: every representation names an entity type and its non-empty key. */
function checkRepresentations(schema: GraphQLSchema, representations: unknown[]): void {
  const entity = schema.getType('_Entity');
  const entityTypes = new Set(isUnion(entity) ? entity.getTypes().map((t) => t.name) : []);
  representations.forEach((representation, i) => {
    const { __typename, id } = (representation ?? {}) as { __typename?: unknown; id?: unknown };
    if (typeof __typename !== 'string' || !entityTypes.has(__typename))
      throw userError(
        `representations.${i}: __typename must be one of ${[...entityTypes].join(', ')}`,
        `representations.${i}`,
      );
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH)
      throw userError(`representations.${i}: id must be a non-empty ID`, `representations.${i}.id`);
  });
}

function guardField(
  schema: GraphQLSchema,
  typeName: string,
  field: GraphQLField<unknown, unknown>,
) {
  const resolve = field.resolve ?? defaultFieldResolver;
  // A field's arguments are made of its nodes and the request's variables alone: the items of a
  // list (100 customers' `deals(first:)` in one `_entities`) are checked once, not once each.
  const passed = new WeakMap<object, unknown>();
  // An explicit null for an argument with a default means the default: `deals(first: null)` read a
  // whole column without a LIMIT, past the cost check, which prices it at the default.
  const defaults = field.args.filter(
    (arg) => arg.defaultValue !== undefined && arg.defaultValue !== null && !isNonNull(arg.type),
  );
  field.resolve = (source, given: Record<string, unknown>, context, info) => {
    let args = given;
    for (const arg of defaults)
      if (args[arg.name] === null) args = { ...args, [arg.name]: arg.defaultValue };
    if (!passed.has(info.fieldNodes) || passed.get(info.fieldNodes) !== info.variableValues) {
      for (const arg of field.args) {
        // A lone `input` object names its fields directly (`title`), as the services' errors do.
        const path = arg.name === 'input' ? '' : arg.name;
        checkValue(args[arg.name], arg.type, path, limitsAt(typeName, field.name, arg.name));
      }
      if (typeName === 'Query' && field.name === '_entities')
        checkRepresentations(schema, args.representations as unknown[]);
      passed.set(info.fieldNodes, info.variableValues);
    }
    return resolve(source, args, context, info);
  };
}

/**
 * Checks the arguments of every field before its resolver runs, in one place for the whole schema:
 * no NUL or unpaired surrogate in any String or ID, no empty ID, IDs of at most MAX_ID_LENGTH
 * characters, every @limit of schema.graphql (lengths and ranges, via the generated tables), and
 * `_entities` representations of known entity types, and JSON values within JSON_LIMITS. An explicit
 * null for an argument that has a default is its default.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObject(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      if (field.args.length > 0) guardField(schema, type.name, field);
  }
  return schema;
}
