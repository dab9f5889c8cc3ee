import express from 'express';
import type { Request, Response, Router } from 'express';
import type { Example } from './examples';
import { IDE_CONFIG_ELEMENT_ID, ideAssets } from './ide-assets';
import type { IdeAsset } from './ide-assets';

export interface IdeOptions {
  /** Where the IDE sends its queries: a path on this server, such as `/graphql`. */
  endpoint: string;
  /** Opened as tabs, in this order, the first one active. */
  examples: Example[];
  title?: string;
}

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * JSON that is safe inside a `<script>` element: with no `<` left, no `</script>` or `<!--` in an
 * example can end the element early or change how the HTML parser reads it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The origin of an absolute endpoint URL, which the page must also be allowed to connect to. */
function endpointOrigin(endpoint: string): string | undefined {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function contentSecurityPolicy(endpoint: string): string {
  const connect = ["'self'", endpointOrigin(endpoint)].filter((s) => s !== undefined).join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // GraphiQL's stylesheet inlines its fonts and icons as data: URLs.
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function assetUrl(base: string, asset: IdeAsset): string {
  return `${base}/assets/${encodeURIComponent(asset.name)}?v=${encodeURIComponent(asset.version)}`;
}

function renderPage(
  base: string,
  title: string,
  config: { endpoint: string; examples: Example[] },
  assets: ReturnType<typeof ideAssets>,
): string {
  const styles = assets.styles
    .map((a) => `    <link rel="stylesheet" href="${escapeHtml(assetUrl(base, a))}" />`)
    .join('\n');
  const scripts = assets.scripts
    .map((a) => `    <script src="${escapeHtml(assetUrl(base, a))}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
${styles}
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
    <noscript>The GraphQL IDE needs JavaScript.</noscript>
    <script id="${IDE_CONFIG_ELEMENT_ID}" type="application/json">${jsonForScript(config)}</script>
${scripts}
  </body>
</html>
`;
}

/**
 * GraphiQL for analysts, served from node_modules so that it works offline. Mount it where the
 * page should live, e.g. `app.use('/ide', ideRouter({ endpoint: '/graphql', examples }))`; asset
 * URLs follow the mount point. `?run=1` on the page runs the first tab as soon as it has loaded.
 */
export function ideRouter(options: IdeOptions): Router {
  const router = express.Router();
  const assets = ideAssets();
  const byName = new Map(
    [...assets.styles, ...assets.scripts, ...assets.extras].map((a) => [a.name, a]),
  );
  const title = options.title ?? 'GraphQL IDE';
  const config = { endpoint: options.endpoint, examples: options.examples };
  const csp = contentSecurityPolicy(options.endpoint);

  router.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });

  router.get('/', (req: Request, res: Response) => {
    res
      .set('Content-Security-Policy', csp)
      .set('Referrer-Policy', 'no-referrer')
      // The examples may change with a redeploy, and the asset URLs with them.
      .set('Cache-Control', 'no-cache')
      .type('html')
      .send(renderPage(req.baseUrl, title, config, assets));
  });

  router.get('/assets/:name', (req: Request<{ name: string }>, res: Response, next) => {
    const asset = byName.get(req.params.name);
    if (asset === undefined) {
      next();
      return;
    }
    // Only a URL naming the current version may be cached for good; any other is revalidated.
    const current = req.query.v === asset.version;
    res.type(asset.contentType);
    if ('text' in asset.source) {
      res
        .set('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(asset.source.text);
      return;
    }
    res.sendFile(
      asset.source.file,
      { maxAge: current ? ONE_YEAR_MS : 0, immutable: current },
      (error) => {
        if (error) next(error);
      },
    );
  });

  return router;
}
