import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Mode } from '../config/config';
import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import type { Database } from '../neo4j/database';
import type { ApiKeyStore } from '../auth/api-keys';
import { callerOf } from './auth';
import { compiledExecution } from './compiled-execution';
import type { ApiContext } from './context';
import { ApiErrorCode } from './errors';
import { Loaders } from './loaders';
import { diplographSchema } from './schema';

/** The limits every request is held to (GraphQL Armor's defaults, made explicit). */
export const LIMITS = {
  depth: 6,
  cost: 5000,
  aliases: 15,
  directives: 50,
  tokens: 2000,
  /** Room for `ingestStatements` with a few thousand statements; larger feeds: the CLI. */
  bodyBytes: 5_000_000,
} as const;

export interface GraphqlOptions {
  db: Database;
  mode: Mode;
  log: Logger;
  keys: ApiKeyStore;
  readsNeedKey: boolean;
  /** Run operations compiled by graphql-jit (the default) or interpreted by graphql-js. */
  compiled?: boolean;
}

/**
 * POST /graphql: Apollo Server on the schema, with Armor's limits, Apollo's CSRF prevention
 * (on by default), and errors reduced to stable codes. In production no stack trace, Cypher or
 * driver message reaches a client; in development responses also report `roundTrips`.
 */
export async function graphqlRouter(options: GraphqlOptions): Promise<{
  router: Router;
  stop: () => Promise<void>;
}> {
  const production = options.mode === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    costLimit: { maxCost: LIMITS.cost },
    maxAliases: { n: LIMITS.aliases },
    maxDirectives: { n: LIMITS.directives },
    maxTokens: { n: LIMITS.tokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const schema = diplographSchema();
  const server = new ApolloServer<ApiContext>({
    ...(options.compiled === false ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ...armor.plugins,
      // We give no cache hints, and the plugin's hook on every resolved field is measurable on
      // large answers (a position matrix has tens of thousands of fields).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [] : [roundTripsPlugin()]),
    ],
    validationRules: armor.validationRules,
    // Apollo indents its answers by default: a position matrix grows by a third and takes longer
    // to write out. Clients and the IDE format what they show.
    stringifyResult: (result) => JSON.stringify(result),
    formatError: (formatted, error) => formatError(formatted, error, production, options.log),
  });
  await server.start();
  const router = express.Router();
  router.use(
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(server, {
      context: ({ req }) =>
        Promise.resolve({
          db: options.db,
          loaders: new Loaders(options.db),
          caller: callerOf(req.headers, options.keys, options.readsNeedKey),
        }),
    }),
  );
  return { router, stop: () => server.stop() };
}

function roundTripsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, contextValue }) => {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: contextValue.loaders.roundTrips,
            };
          }
          return Promise.resolve();
        },
      }),
  };
}

/** Errors of the service layer that are the request's fault, and the API code each becomes. */
const REQUEST_ERRORS: Partial<Record<ErrorCode, ApiErrorCode>> = {
  [ErrorCode.BAD_ARGUMENT]: ApiErrorCode.BAD_USER_INPUT,
  [ErrorCode.NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ErrorCode.LIMIT_EXCEEDED]: ApiErrorCode.LIMIT_EXCEEDED,
  [ErrorCode.DB_TRANSACTION_TOO_LARGE]: ApiErrorCode.LIMIT_EXCEEDED,
  [ErrorCode.NAME_UNKNOWN]: ApiErrorCode.NOT_FOUND,
  [ErrorCode.NAME_AMBIGUOUS]: ApiErrorCode.BAD_USER_INPUT,
};

const LIMIT_MESSAGE = /(depth limit|cost limit|aliases limit|directives limit|token limit)/i;

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  log: Logger,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code in ApiErrorCode && code !== 'INTERNAL') return formatted;
  if (LIMIT_MESSAGE.test(formatted.message))
    return { ...formatted, extensions: { code: ApiErrorCode.LIMIT_EXCEEDED } };
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'BAD_USER_INPUT'
  )
    return { ...formatted, extensions: { code: ApiErrorCode.BAD_USER_INPUT } };
  const asked = original instanceof DiplographError ? REQUEST_ERRORS[original.code] : undefined;
  if (asked && original instanceof DiplographError) {
    // The caller's own mistake: the message and details name the argument, nothing internal.
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: asked,
        details: original.details,
        // A name that is unknown or ambiguous: the nodes meant, for a client to offer.
        ...('suggestions' in original.details ? { suggestions: original.details.suggestions } : {}),
        ...(original.hint ? { hint: original.hint } : {}),
      },
    };
  }
  if (
    original instanceof DiplographError &&
    (original.code === ErrorCode.DB_UNAVAILABLE || original.code === ErrorCode.DB_AUTH_FAILED)
  ) {
    return {
      message: 'The database is unavailable; try again shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ApiErrorCode.DB_UNAVAILABLE },
    };
  }
  log.error({ err: original }, 'GraphQL request failed');
  if (!production)
    return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL' } };
  return {
    message: 'Internal error.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ApiErrorCode.INTERNAL },
  };
}
