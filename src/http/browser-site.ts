import express from 'express';
import type { Router } from 'express';
import { fromRoot } from '../config/paths';

/** Diplograph's Neo4j Browser style and guide (cypher/browser/site), generated and committed. */
export const BROWSER_SITE_DIR = fromRoot('cypher', 'browser', 'site');

/**
 * Serves the style and the guide to a Neo4j Browser that is not the embedded one's (docker
 * compose: the neo4j image has no Diplograph files; its browser.post_connect_cmd fetches them
 * from here). They hold no data, so any origin may read them; the connect page is left out.
 */
export function browserSiteRouter(): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    next();
  });
  router.get(['/guide.html', '/diplograph.grass'], express.static(BROWSER_SITE_DIR));
  return router;
}
