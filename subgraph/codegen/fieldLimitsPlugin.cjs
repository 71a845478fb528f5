/**
 * GraphQL Code Generator plugin: the `@limit(max:)` directives of schema.graphql as constants, so
 * the server's validation and the SPA's forms read one definition of each length limit.
 *
 * Emits `fieldLimits` (most characters of String and ID values) and `fieldRanges` (`{ min, max }`
 * of Int and Float values): input types as `{ Type: { field } }` and arguments of object types
 * (Query, Mutation, Deal...) as `{ Type: { field: { argument } } }`.
 */
const DIRECTIVE = 'limit';
const TEXT_TYPES = ['String', 'ID'];
const NUMBER_TYPES = ['Int', 'Float'];

function intArgument(directive, name, where) {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = arg.value.kind === 'IntValue' ? Number(arg.value.value) : NaN;
  if (!Number.isInteger(value))
    throw new Error(`@${DIRECTIVE} on ${where}: ${name} must be an Int literal`);
  return value;
}

/**
 * The limit of a field or argument: `{ max }` characters for String and ID, `{ min, max }` values
 * for Int and Float; undefined without @limit.
 */
function limitOf(node, where) {
  const directive = node.astNode?.directives?.find((d) => d.name.value === DIRECTIVE);
  if (!directive) return undefined;
  const typeName = namedType(node.type).name;
  const max = intArgument(directive, 'max', where);
  const min = intArgument(directive, 'min', where);
  if (TEXT_TYPES.includes(typeName)) {
    if (min !== undefined) throw new Error(`@${DIRECTIVE} on ${where}: text has only a max length`);
    if (max === undefined || max < 1)
      throw new Error(`@${DIRECTIVE} on ${where}: max must be a positive Int literal`);
    return { kind: 'length', max };
  }
  if (NUMBER_TYPES.includes(typeName)) {
    if (min === undefined || max === undefined || min > max)
      throw new Error(`@${DIRECTIVE} on ${where}: numbers need min and max, min <= max`);
    return { kind: 'range', min, max };
  }
  throw new Error(
    `@${DIRECTIVE} on ${where}: only String, ID, Int and Float fields and arguments have limits`,
  );
}

// Reads the schema through its AST kinds, not graphql's instanceof helpers: codegen may load
// another copy of graphql than this file would (CommonJS beside ESM).
const namedType = (type) => (type.ofType ? namedType(type.ofType) : type);
const kindOf = (type) => type.astNode?.kind;

const sortedByName = (items) => [...items].sort((a, b) => a.name.localeCompare(b.name));

/** Limits of one kind: input types as `{ Type: { field } }`, arguments as `{ Type: { field: { argument } } }`. */
function collectLimits(schema, kind = 'length') {
  const limits = {};
  const value = (limit) => (kind === 'length' ? limit.max : { min: limit.min, max: limit.max });
  const types = sortedByName(
    Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__')),
  );
  for (const type of types) {
    if (kindOf(type) === 'InputObjectTypeDefinition') {
      for (const field of sortedByName(Object.values(type.getFields()))) {
        const limit = limitOf(field, `${type.name}.${field.name}`);
        if (limit?.kind === kind) (limits[type.name] ??= {})[field.name] = value(limit);
      }
    } else if (kindOf(type) === 'ObjectTypeDefinition') {
      for (const field of sortedByName(Object.values(type.getFields()))) {
        for (const arg of sortedByName(field.args)) {
          const limit = limitOf(arg, `${type.name}.${field.name}(${arg.name})`);
          if (limit?.kind === kind)
            ((limits[type.name] ??= {})[field.name] ??= {})[arg.name] = value(limit);
        }
      }
    }
  }
  return limits;
}

const asConstant = (limits) => JSON.stringify(limits, null, 2).replace(/"(\w+)":/g, '$1:');

module.exports = {
  collectLimits,
  plugin(schema) {
    return [
      '/** Length limits from the @limit directives of schema.graphql (generated; do not edit). */',
      `export const fieldLimits = ${asConstant(collectLimits(schema, 'length'))} as const;`,
      '',
      '/** Ranges of numbers from the @limit directives of schema.graphql (generated; do not edit). */',
      `export const fieldRanges = ${asConstant(collectLimits(schema, 'range'))} as const;`,
      '',
    ].join('\n');
  },
};
