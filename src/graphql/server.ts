import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Router } from 'express';
import type { Mode } from '../config/config';
import type { Logger } from '../config/logger';
import type { Database } from '../neo4j/database';
import type { ApiKeyStore } from '../auth/api-keys';
import { ActorShares } from './actor-shares';
import { callerOf } from './auth';
import { compiledExecution } from './compiled-execution';
import type { ApiContext } from './context';
import { formatError } from './format-error';
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
 * (on by default), and errors reduced to stable codes (format-error.ts). No stack trace reaches a
 * client in any mode; in production no Cypher or
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
    // `__typename` too: Armor lets it through by default, and 100 of them cost 100 fields.
    maxAliases: { n: LIMITS.aliases, allowList: [] },
    maxDirectives: { n: LIMITS.directives },
    // Armor's token limit parses in `parsingDidStart`, where a throw is an HTTP 500; graphql-js's
    // own (parseOptions below) fails inside Apollo's parsing, a 400 like any syntax error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const schema = diplographSchema();
  const server = new ApolloServer<ApiContext>({
    ...(options.compiled === false ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: LIMITS.tokens },
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
  const actorShares = new ActorShares(options.db, options.log);
  const router = express.Router();
  router.use(
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(server, {
      context: ({ req }) =>
        Promise.resolve({
          db: options.db,
          loaders: new Loaders(options.db),
          actorShares,
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
