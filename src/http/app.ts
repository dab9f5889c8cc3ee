import express from 'express';
import type { Express, Router } from 'express';
import type { Logger } from '../config/logger';
import { browserSiteRouter } from './browser-site';
import { jsonErrors, jsonNotFound } from './errors';
import { explorerRouter } from './explorer';
import { ideRouter } from './ide';
import { healthHandler } from './health';
import type { HealthDeps } from './health';

export interface AppDeps extends HealthDeps {
  browserUrl: string | undefined;
  /** POST /graphql (src/graphql/server.ts). */
  graphql: Router;
  /** The analyst IDE's example operations (docs/examples/*.graphql). */
  examples: { name: string; query: string }[];
  /** The IDE, with introspection: development mode only. */
  ide: boolean;
  /** Where faults of the server itself are reported (never to the client). */
  log?: Logger;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on what res.send answers (GraphQL, the explorer's pages, JSON): each answer is
  // computed per request anyway, and the ETag is a hash of the whole body, 3% of a large
  // positionMatrix's time (docs/benchmarks.md). Static assets keep theirs (express.static sets
  // its own).
  app.set('etag', false);
  app.get('/health', healthHandler(deps));
  if (deps.ide) {
    app.use(
      '/ide',
      ideRouter({ endpoint: '/graphql', examples: deps.examples, title: 'Diplograph' }),
    );
    // A browser that opens the endpoint itself gets the IDE.
    app.get('/graphql', (req, res, next) =>
      req.accepts(['json', 'html']) === 'html' ? res.redirect('/ide') : next(),
    );
  }
  app.use('/graphql', deps.graphql);
  app.use('/neo4j-browser', browserSiteRouter());
  // The explorer's pages; GET / is its landing page for browsers, the JSON below for clients.
  app.use(explorerRouter({ ide: deps.ide }));
  app.get('/', (_req, res) => {
    res.json({
      name: 'diplograph',
      version: deps.version,
      links: {
        health: '/health',
        graphql: '/graphql',
        ide: deps.ide ? '/ide' : null,
        explorer: '/',
        neo4jBrowser: deps.browserUrl ?? null,
      },
    });
  });
  app.use(jsonNotFound);
  app.use(jsonErrors((error) => deps.log?.error({ err: error }, 'HTTP request failed')));
  return app;
}
