/**
 * GraphQL Code Generator plugin: the `@limit(max:)` directives of schema.graphql as constants, so
 * the server's validation and the SPA's forms read one definition of each length limit.
 *
 * Emits `fieldLimits`: input types as `{ Type: { field: max } }` and arguments of object types
 * (Query, Mutation) as `{ Type: { field: { argument: max } } }`.
 */
const DIRECTIVE = 'limit';

function maxOf(node, where) {
  const directive = node.astNode?.directives?.find((d) => d.name.value === DIRECTIVE);
  if (!directive) return undefined;
  if (!['String', 'ID'].includes(namedType(node.type).name))
    throw new Error(
      `@${DIRECTIVE} on ${where}: only String and ID fields and arguments have a length`,
    );
  const arg = directive.arguments?.find((a) => a.name.value === 'max');
  const max = arg && arg.value.kind === 'IntValue' ? Number(arg.value.value) : NaN;
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`@${DIRECTIVE} on ${where}: max must be a positive Int literal`);
  return max;
}

// Reads the schema through its AST kinds, not graphql's instanceof helpers: codegen may load
// another copy of graphql than this file would (CommonJS beside ESM).
const namedType = (type) => (type.ofType ? namedType(type.ofType) : type);
const kindOf = (type) => type.astNode?.kind;

const sortedByName = (items) => [...items].sort((a, b) => a.name.localeCompare(b.name));

function collectLimits(schema) {
  const limits = {};
  const types = sortedByName(
    Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__')),
  );
  for (const type of types) {
    if (kindOf(type) === 'InputObjectTypeDefinition') {
      for (const field of sortedByName(Object.values(type.getFields()))) {
        const max = maxOf(field, `${type.name}.${field.name}`);
        if (max !== undefined) (limits[type.name] ??= {})[field.name] = max;
      }
    } else if (kindOf(type) === 'ObjectTypeDefinition') {
      for (const field of sortedByName(Object.values(type.getFields()))) {
        for (const arg of sortedByName(field.args)) {
          const max = maxOf(arg, `${type.name}.${field.name}(${arg.name})`);
          if (max !== undefined) ((limits[type.name] ??= {})[field.name] ??= {})[arg.name] = max;
        }
      }
    }
  }
  return limits;
}

module.exports = {
  collectLimits,
  plugin(schema) {
    const body = JSON.stringify(collectLimits(schema), null, 2).replace(/"(\w+)":/g, '$1:');
    return [
      '/** Length limits from the @limit directives of schema.graphql (generated; do not edit). */',
      `export const fieldLimits = ${body} as const;`,
      '',
    ].join('\n');
  },
};
