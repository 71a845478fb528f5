import { Kind, OperationTypeNode, parse, type SelectionSetNode } from 'graphql';

/**
 * Whether a GraphQL request body asks only for the subgraph's SDL (`{ _service { sdl } }`, what
 * a gateway's IntrospectAndCompose and Apollo's tooling send), and nothing else: one query
 * operation, no fragments, only `_service { sdl }` and `__typename`. Such a request carries the
 * router's secret but no user's token (ADR 017).
 */
export function isSchemaLoadingRequest(body: string): boolean {
  let query: unknown;
  try {
    query = (JSON.parse(body) as { query?: unknown }).query;
  } catch {
    return false;
  }
  if (typeof query !== 'string' || query.length > 2_000) return false;
  try {
    const document = parse(query, { maxTokens: 100 });
    if (document.definitions.length !== 1) return false;
    const [operation] = document.definitions;
    if (
      operation?.kind !== Kind.OPERATION_DEFINITION ||
      operation.operation !== OperationTypeNode.QUERY
    )
      return false;
    return onlyFields(operation.selectionSet, { _service: ['sdl'], __typename: [] });
  } catch {
    return false;
  }
}

function onlyFields(set: SelectionSetNode, allowed: Record<string, string[]>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return false;
    if (selection.arguments?.length) return false;
    if (!Object.hasOwn(allowed, selection.name.value)) return false;
    const children = allowed[selection.name.value] ?? [];
    if (!selection.selectionSet) return children.length === 0;
    return onlyFields(
      selection.selectionSet,
      Object.fromEntries(children.map((name) => [name, [] as string[]])),
    );
  });
}
