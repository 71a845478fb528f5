import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';

/** The arguments that say how many items a list (or a connection's list) holds. */
const SIZE_ARGUMENTS = ['first', 'top'];
/** A size argument without a value or default counts as the most any of them accepts. */
const UNKNOWN_SIZE = 500;
/** Selections visited before a document counts as over any limit (fragment spreads multiply). */
const MAX_VISITS = 100_000;
/** Page sizes remembered per operation by `listCostPlugin`. */
const MAX_PRICED_SIZES = 32;

type Variables = Record<string, unknown> | undefined;

type Pending = {
  selectionSet: SelectionSetNode;
  type: GraphQLCompositeType;
  /** How many times this selection set is answered: the product of the list sizes above it. */
  times: number;
  /** A connection's size (`first`), applied to the lists directly inside it (edges, nodes). */
  connectionSize: number | undefined;
};

function intValue(
  node: ValueNode,
  variables: Variables,
  operation: OperationDefinitionNode,
): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind !== Kind.VARIABLE) return undefined;
  const name = node.name.value;
  const given = variables?.[name];
  if (typeof given === 'number') return given;
  if (given === null) return undefined;
  const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === name);
  return declared?.defaultValue?.kind === Kind.INT
    ? Number(declared.defaultValue.value)
    : undefined;
}

/** The size a field's `first` or `top` asks for (its default when not given); undefined without one. */
function sizeOf(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  variables: Variables,
  operation: OperationDefinitionNode,
): number | undefined {
  const argument = definition.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
  if (!argument) return undefined;
  const node = field.arguments?.find((arg) => arg.name.value === argument.name);
  const given = node ? intValue(node.value, variables, operation) : undefined;
  const size =
    given ?? (typeof argument.defaultValue === 'number' ? argument.defaultValue : UNKNOWN_SIZE);
  return Math.max(1, Math.ceil(size));
}

const isList = (type: GraphQLField<unknown, unknown>['type']) =>
  isListType(isNonNullType(type) ? type.ofType : type);

/**
 * What answering `operation` costs (ADR 073): a leaf 1, an object 2 plus its selections, each
 * times the size of every list it is in. A list's size is its `first` (or `top`), else the
 * default the schema gives it; a connection's `first` sizes the lists directly inside it. A list
 * without a size argument counts once: those are bounded by what a tenant configures (pipelines,
 * stages, users) or by the scoring model (factors). Iterative, and it stops as soon as the cost
 * passes `limit` (or after MAX_VISITS selections), so a hostile document costs little to price.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  limit = Infinity,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const stack: Pending[] = [
    { selectionSet: operation.selectionSet, type: root, times: 1, connectionSize: undefined },
  ];
  let cost = 0;
  let visits = 0;
  while (stack.length > 0) {
    const { selectionSet, type, times, connectionSize } = stack.pop()!;
    for (const selection of selectionSet.selections) {
      if (++visits > MAX_VISITS) return Infinity;
      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
        const fragment =
          selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition
          ? schema.getType(fragment.typeCondition.name.value)
          : type;
        if (!isCompositeType(condition)) continue;
        stack.push({ selectionSet: fragment.selectionSet, type: condition, times, connectionSize });
        continue;
      }
      if (selection.name.value.startsWith('__') || !('getFields' in type)) continue;
      const definition = type.getFields()[selection.name.value];
      if (!definition) continue;
      const ownSize = sizeOf(selection, definition, variables, operation);
      const list = isList(definition.type);
      const size = list ? (ownSize ?? connectionSize ?? 1) : 1;
      const named = getNamedType(definition.type);
      cost += times * size * (isLeafType(named) ? 1 : 2);
      if (cost > limit) return cost;
      if (selection.selectionSet && isCompositeType(named))
        stack.push({
          selectionSet: selection.selectionSet,
          type: named,
          times: times * size,
          connectionSize: list ? undefined : ownSize,
        });
    }
  }
  return cost;
}

/**
 * Refuses an operation whose cost (operationCost, with the request's variables) is over
 * `maxCost`: HTTP 400 GRAPHQL_VALIDATION_FAILED, before anything is read. A plugin rather than a
 * validation rule because a list's size is often a variable (the board's `first: $pageSize`), and
 * Apollo Server validates a document once for all its variables.
 */
export function listCostPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  // An operation's cost depends on its document and the values of the variables that size its
  // lists: priced once per such values (the board sends the same page size every time).
  const priced = new WeakMap<
    OperationDefinitionNode,
    { sizeVariables: string[]; costs: Map<string, number> }
  >();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Variables,
  ) => {
    let known = priced.get(operation);
    if (!known) {
      const names = new Set<string>();
      visit(document, {
        Argument(node) {
          if (SIZE_ARGUMENTS.includes(node.name.value) && node.value.kind === Kind.VARIABLE)
            names.add(node.value.name.value);
        },
      });
      priced.set(operation, (known = { sizeVariables: [...names], costs: new Map() }));
    }
    // An absent variable takes its default, null does not: they are priced apart.
    const key = JSON.stringify(
      known.sizeVariables.map((name) =>
        variables && name in variables ? variables[name] : { absent: true },
      ),
    );
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operation, variables, maxCost);
      // A client that varies its page sizes without end is priced afresh, not remembered.
      if (known.costs.size >= MAX_PRICED_SIZES) known.costs.clear();
      known.costs.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = costOf(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          throw new GraphQLError(
            Number.isFinite(cost)
              ? `Query Cost limit of ${maxCost} exceeded, found ${cost}.`
              : `Query Cost limit of ${maxCost} exceeded.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
