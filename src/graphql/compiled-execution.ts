import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, Kind, Source, execute, getOperationAST, getVariableValues } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema, SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { ApiContext } from './context';

type Gateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];

/** How many distinct operations keep their compiled form (analysts reuse a few). */
const COMPILED_OPERATIONS = 500;

/**
 * graphql-js's `execute` interprets the query again for every object of an answer; graphql-jit
 * compiles each distinct operation once into a plain function. On answers of thousands of
 * objects (a position matrix, agreement over 60 months) that interpretation was most of what
 * GraphQL added to the comparison itself.
 *
 * Apollo Server takes another executor only through its gateway interface, so this is a
 * "gateway" that serves our own schema: parsing, validation (Armor's limits), the context,
 * plugins and error formatting all stay Apollo's; only execution is compiled. An operation
 * graphql-jit cannot compile runs through graphql-js as before.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new LRUCache<string, CompiledQuery | 'interpret'>({ max: COMPILED_OPERATIONS });
  const compile = (
    source: string,
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | 'interpret' => {
    const key = `${operationName ?? ''}\n${source}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      const result = compileQuery(schema, document, operationName);
      entry = isCompiledQuery(result) ? result : 'interpret';
      compiled.set(key, entry);
    }
    return entry;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () =>
      Promise.resolve({
        executor: async (request) => {
          const { document, source, operationName, context } = request;
          const variables = request.request.variables ?? {};
          const refused = variableErrors(schema, document, operationName, variables);
          if (refused) return { errors: refused };
          const query = compile(source, document, operationName ?? undefined);
          let result: ExecutionResult =
            query === 'interpret'
              ? await execute({
                  schema,
                  document,
                  contextValue: context,
                  variableValues: variables,
                  operationName,
                })
              : await query.query(undefined, context, variables);
          if (query !== 'interpret' && result.data === undefined && result.errors !== undefined) {
            // Variables graphql-js accepts but graphql-jit refuses (it reports a non-null input
            // field with a default, `dryRun: Boolean! = false`, as missing): graphql-js decides.
            result = await execute({
              schema,
              document,
              contextValue: context,
              variableValues: variables,
              operationName,
            });
          }
          if (result.errors === undefined || query === 'interpret') return result;
          const text = new Source(source);
          return { ...result, errors: result.errors.map((e) => standardError(e, text)) };
        },
      }),
    stop: () => Promise.resolve(),
  };
}

/**
 * The variables checked by graphql-js, as the spec has it, before either executor sees them: a
 * wrong type, a null for a non-null, an unknown enum value is the caller's mistake, answered with
 * BAD_USER_INPUT naming the variable and, with no data, HTTP 400 (Apollo's rule for variable
 * coercion errors). Undefined when they are fine.
 */
function variableErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): GraphQLError[] | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined; // graphql-js's execute reports the missing operation
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 10,
  });
  if (!coerced.errors) return undefined;
  return coerced.errors.map((error) => {
    const node = error.nodes?.[0];
    const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : undefined;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: 'BAD_USER_INPUT', ...(variable ? { variable } : {}) },
    });
  });
}

/**
 * graphql-jit's errors leave `extensions` undefined, which Apollo's error formatting reads, and
 * carry their locations as line and column only. The same error as graphql-js would give it,
 * the cause (a DiplographError, which formatError turns into a stable code) kept.
 */
function standardError(error: GraphQLError, source: Source): GraphQLError {
  return new GraphQLError(error.message, {
    source,
    positions: (error.locations ?? []).map((at) => offsetOf(source.body, at)),
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
}

/** The character offset of a 1-based line and column. */
function offsetOf(body: string, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}
