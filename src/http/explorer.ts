import { existsSync } from 'node:fs';
import express from 'express';
import type { Response, Router } from 'express';
import { fromRoot } from '../config/paths';
import { EXPLORER_CSP, EXPLORER_VIEWS, explorerPage } from './explorer-pages';
import type { ExplorerView } from './explorer-pages';

/**
 * The explorer, served by the API itself: `GET /` (for a browser; JSON clients get the links
 * page), the views under /explorer/, and their bundle, built by `npm run build` into
 * dist/explorer (scripts/build-explorer.mjs). The pages read data only through POST /graphql.
 */

export const EXPLORER_ASSETS = fromRoot('dist', 'explorer');

function sendPage(res: Response, view: ExplorerView, ide: boolean): void {
  res.set('Content-Security-Policy', EXPLORER_CSP);
  res.set('X-Content-Type-Options', 'nosniff');
  res.set('Referrer-Policy', 'same-origin');
  res.type('html').send(explorerPage(view, ide));
}

export function explorerRouter(options: { ide: boolean; assets?: string }): Router {
  const assets = options.assets ?? EXPLORER_ASSETS;
  const router = express.Router();
  router.get('/', (req, res, next) => {
    // A browser asks for HTML first; a client asking for JSON (or anything) keeps the links.
    if (req.accepts(['json', 'html']) === 'html') sendPage(res, 'landing', options.ide);
    else next();
  });
  for (const [view, { path }] of Object.entries(EXPLORER_VIEWS)) {
    router.get(path, (_req, res) => sendPage(res, view as ExplorerView, options.ide));
  }
  // A statement's page by path too (/explorer/statement/ID); the page reads the id itself.
  router.get(`${EXPLORER_VIEWS.statement.path}/:id`, (_req, res) =>
    sendPage(res, 'statement', options.ide),
  );
  router.use('/explorer/assets', (_req, res, next) => {
    if (existsSync(assets)) {
      res.set('Content-Security-Policy', EXPLORER_CSP);
      next();
      return;
    }
    res.status(503).type('text').send('The explorer is not built: run npm run build.\n');
  });
  router.use('/explorer/assets', express.static(assets, { fallthrough: false, index: false }));
  return router;
}
