// Bundles the explorer's pages (src/explorer/web, with the chart specs and ECharts) into
// dist/explorer/ with esbuild: one script and one style sheet, served by the API itself
// (src/http/explorer.ts) with no CDN. Run by `npm run build`.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'explorer');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [path.join(root, 'src', 'explorer', 'web', 'main.ts')],
  outfile: path.join(out, 'explorer.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  // ECharts' development checks read process.env.NODE_ENV, which a browser does not have.
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: path.join(root, 'src', 'explorer', 'web', 'tsconfig.json'),
  logLevel: 'warning',
});
copyFileSync(
  path.join(root, 'src', 'explorer', 'web', 'explorer.css'),
  path.join(out, 'explorer.css'),
);
