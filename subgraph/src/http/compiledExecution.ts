import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  BREAK,
  execute,
  getNamedType,
  GraphQLError,
  isScalarType,
  isSpecifiedScalarType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many times graphql-js answers a document before it is compiled. */
const COMPILE_AFTER = 1;

/** What graphql-jit puts in `errors` (see `asGraphQLError`). */
type JitError = {
  message: string;
  locations?: GraphQLError['locations'];
  path?: GraphQLError['path'];
  originalError?: Error;
  extensions?: GraphQLError['extensions'];
};

/**
 * Executes operations with graphql-jit: each document (with its operation name) is compiled once
 * into a function specialised to its selection, instead of graphql-js walking the selection, the
 * arguments and the types of every field of every object on every request. Apollo Server takes it
 * through its gateway interface, after its own parsing, validation and request plugins, which stay
 * as they are (ADR 047).
 *
 * The answers are graphql-js's, byte for byte, on every path a test or the SPA takes:
 * - data and field errors: the same values, and errors turned back into graphql-js `GraphQLError`s
 *   with the same message, path, locations, original error and extensions, so `formatError` and
 *   the logging plugin see what they saw before;
 * - a variable inside the literal of a custom scalar (`_entities(representations: [{ __typename:
 *   "Customer", id: $id }])`, as a test writes it): graphql-jit would not put the variable's
 *   value there, so such documents are not compiled; graphql-js executes them;
 * - the first COMPILE_AFTER times a document is seen: compiling costs more than executing once (the
 *   board's document compiles in about 5 ms, it executes in about 10), so a document sent once,
 *   such as one made up to load the server, is never compiled;
 * - anything that stops before execution (variables that do not coerce, an unknown operation, a
 *   document the compiler refuses): graphql-js's `execute` answers, so the client gets exactly
 *   graphql-js's message and Apollo its BAD_USER_INPUT. No resolver has run at that point.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  {
    compileAfter = COMPILE_AFTER,
    compile = compileQuery,
  }: { compileAfter?: number; compile?: typeof compileQuery } = {},
): Gateway {
  // Per document and operation name: the compiled query (null: graphql-js answers it), or how many
  // times graphql-js has answered it so far.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null | number>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation)
      compiled.set(document, (byOperation = new Map<string, CompiledQuery | null | number>()));
    const key = operationName ?? '';
    const seen = byOperation.get(key) ?? 0;
    if (typeof seen !== 'number') return seen;
    if (seen < compileAfter) {
      byOperation.set(key, seen + 1);
      return null;
    }
    const result = variableInScalarLiteral(schema, document)
      ? null
      : compile(schema, document, operationName);
    const query = result && isCompiledQuery(result) ? result : null;
    byOperation.set(key, query);
    return query;
  };

  const executor: Executor = async ({ document, request, context, operationName }) => {
    const name = request.operationName ?? operationName ?? undefined;
    const variableValues = request.variables ?? {};
    const query = compiledFor(document, name);
    if (query) {
      const result = (await query.query(undefined, context, variableValues)) as ExecutionResult;
      if (result.data !== undefined) {
        return result.errors
          ? { ...result, errors: result.errors.map((e) => asGraphQLError(e as JitError)) }
          : result;
      }
    }
    return execute({
      schema,
      document,
      contextValue: context,
      variableValues,
      operationName: name,
    }) as Promise<ExecutionResult>;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors inherit from `GraphQLError` but are not made by it: their properties are
 * read-only (graphql-armor rewrites the message of errors in production, which then throws) and
 * they carry no `nodes`. They are rebuilt as graphql-js builds a located error.
 */
function asGraphQLError(error: JitError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error as GraphQLError;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  // graphql-js computes locations from AST nodes; graphql-jit computed them when it compiled.
  if (error.locations?.length)
    Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}

/** Whether a variable sits inside an object or list literal typed as a custom scalar. */
function variableInScalarLiteral(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  const check = (node: ASTNode) => {
    const type = typeInfo.getInputType();
    const named = type && getNamedType(type);
    if (!named || !isScalarType(named) || isSpecifiedScalarType(named)) return undefined;
    if (!containsVariable(node)) return false; // the scalar's literal was looked at whole
    found = true;
    return BREAK;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ObjectValue: (node) => check(node) as never,
      ListValue: (node) => check(node) as never,
    }),
  );
  return found;
}

function containsVariable(node: ASTNode): boolean {
  let found = false;
  visit(node, {
    Variable: () => {
      found = true;
      return BREAK;
    },
  });
  return found;
}
