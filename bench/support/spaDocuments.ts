import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const WEB_SRC = path.resolve(import.meta.dirname, '../../web/src');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every operation and fragment of the SPA's own documents (web/src/**\/*.graphql). */
function spaDefinitions() {
  const operations = new Map<string, OperationDefinitionNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of graphqlFiles(WEB_SRC)) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
        operations.set(definition.name.value, definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
  }
  return { operations, fragments };
}

/**
 * The SPA's operation `name` whose one root field reads a federated entity by id (CustomerPage's
 * `customer(id:)`, a CRM field), as the gateway asks the sales subgraph for it: the same selection
 * under `_entities(representations: $representations)`, then cut to the subgraph's `schema`.
 */
export function spaEntityDocument(name: string, typename: string, schema: GraphQLSchema): string {
  const { operations } = spaDefinitions();
  const operation = operations.get(name);
  const root = operation?.selectionSet.selections[0];
  if (!operation || root?.kind !== Kind.FIELD || !root.selectionSet)
    throw new Error(`SPA operation ${name} has no root field with a selection`);
  const rewritten = parse(
    `query ${name}($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} ${print(root.selectionSet)} } }`,
  ).definitions[0] as OperationDefinitionNode;
  return spaDocument(name, schema, rewritten);
}

/**
 * The SPA's operation `name` with the fragments it spreads, as the SPA sends it. With `schema`
 * (the sales subgraph's own), fields the subgraph does not have (the CRM's Customer.name, …) are
 * left out, so the same document can be sent to the subgraph directly.
 */
export function spaDocument(
  name: string,
  schema?: GraphQLSchema,
  replacement?: OperationDefinitionNode,
): string {
  const { operations, fragments } = spaDefinitions();
  const operation = replacement ?? operations.get(name);
  if (!operation) throw new Error(`No SPA operation named ${name}`);
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !needed.has(fragment.name.value)) {
          needed.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  let document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...needed.values()],
  };
  if (schema) {
    const typeInfo = new TypeInfo(schema);
    document = visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: () => (typeInfo.getFieldDef() ? undefined : null),
      }),
    );
  }
  return print(document);
}
