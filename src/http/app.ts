import express from 'express';
import type { Express } from 'express';
import { healthHandler } from './health';
import type { HealthDeps } from './health';

export interface AppDeps extends HealthDeps {
  browserUrl: string | undefined;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(deps));
  app.get('/', (_req, res) => {
    res.json({
      name: 'diplograph',
      version: deps.version,
      links: { health: '/health', neo4jBrowser: deps.browserUrl ?? null },
    });
  });
  return app;
}
