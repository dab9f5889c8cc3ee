import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A file the IDE page loads, served by the IDE router under `assets/<name>`. */
export interface IdeAsset {
  name: string;
  contentType: string;
  /**
   * Changes whenever the content does. Page URLs carry it as `?v=`, which is what lets an asset be
   * cached for good without a stale copy outliving an upgrade.
   */
  version: string;
  source: { file: string } | { text: string };
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The id of the `<script type="application/json">` block that carries the page's config. */
export const IDE_CONFIG_ELEMENT_ID = 'ide-config';

/**
 * The page's own script. It is a static file, not an inline script, so the page's CSP can allow
 * scripts from 'self' only. It is plain browser JavaScript kept as a string because this project's
 * TypeScript has no DOM types and the build copies nothing but compiled TypeScript into dist/.
 */
const CLIENT_JS = `(function () {
  'use strict';
  var configElement = document.getElementById(${JSON.stringify(IDE_CONFIG_ELEMENT_ID)});
  var config = JSON.parse(configElement.textContent);
  var params = new URLSearchParams(window.location.search);
  var autoRun = (params.has('run') && params.get('run') !== '0') || window.location.hash === '#run';
  var root = document.documentElement;

  function memoryStorage() {
    var items = new Map();
    return {
      getItem: function (key) { return items.has(key) ? items.get(key) : null; },
      setItem: function (key, value) { items.set(key, String(value)); },
      removeItem: function (key) { items.delete(key); },
      clear: function () { items.clear(); },
      get length() { return items.size; },
    };
  }

  // In a run, which requests went out tells a click that started the query from one that GraphiQL
  // ignored, and its own schema request (which the fetcher also sends) must not count.
  var queriesSent = 0;
  var queryAnswered = false;
  function trackingFetch(url, init) {
    var schemaRequest = false;
    try {
      schemaRequest = JSON.parse(init.body).operationName === 'IntrospectionQuery';
    } catch (error) {
      // Not JSON: not GraphiQL's schema request either.
    }
    var response = window.fetch(url, init);
    if (!schemaRequest) {
      queriesSent += 1;
      var answered = function () { queryAnswered = true; };
      response.then(answered, answered);
    }
    return response;
  }

  var fetcherOptions = {
    url: config.endpoint,
    // Apollo Server's CSRF prevention turns away requests that a plain HTML form could also send.
    headers: { 'apollo-require-preflight': 'true' },
  };
  if (autoRun) fetcherOptions.fetch = trackingFetch;
  var fetcher = GraphiQL.createFetcher(fetcherOptions);
  var props = { fetcher: fetcher, shouldPersistHeaders: false };
  if (config.examples.length > 0) {
    props.defaultTabs = config.examples.map(function (example) {
      return { query: example.query };
    });
  }
  if (autoRun) {
    // Tabs saved by an earlier visit would replace the examples, and a run must start from the first.
    props.storage = memoryStorage();
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, props),
  );

  function editorIn(selector) {
    var element = document.querySelector(selector + ' .CodeMirror');
    return element && element.CodeMirror ? element.CodeMirror : null;
  }

  // Nothing can click in a headless browser, so click Run for the first tab once it has loaded.
  // GraphiQL ignores a click that comes before its React state has both editors, which their DOM
  // showing up does not prove: until a query has gone out, the click is made again each second.
  function runWhenReady() {
    var deadline = Date.now() + 20000;
    var lastClick = 0;
    root.dataset.ideRun = 'waiting';
    var timer = setInterval(function () {
      var response = editorIn('.graphiql-response');
      if (queryAnswered && response && response.getValue().trim() !== '') {
        clearInterval(timer);
        root.dataset.ideRun = 'responded';
        return;
      }
      if (Date.now() > deadline) {
        clearInterval(timer);
        root.dataset.ideRun = 'timed-out';
        return;
      }
      if (queriesSent > 0) return;
      // A document with several operations opens a menu to pick one: take the first.
      var operation = document.querySelector('[role="menuitem"]');
      if (operation) {
        operation.click();
        return;
      }
      var button = document.querySelector('.graphiql-execute-button');
      var query = editorIn('.graphiql-query-editor');
      if (!button || !query || !response || query.getValue().trim() === '') return;
      if (Date.now() - lastClick < 1000) return;
      lastClick = Date.now();
      root.dataset.ideRun = 'started';
      // The operations menu opens on pointerdown, which click() does not send.
      button.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, cancelable: true, button: 0, pointerType: 'mouse' }),
      );
      button.click();
    }, 100);
  }
  if (autoRun) runWhenReady();
})();
`;

const CLIENT_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
`;

function packageDir(name: string): string {
  // These packages leave their browser bundles out of their "exports" map, so a subpath
  // require.resolve fails: resolve the package root, which works from src/ and dist/ alike.
  return path.dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(dir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest) {
    const { version } = manifest;
    if (typeof version === 'string') return version;
  }
  throw new Error(`${dir}/package.json has no version`);
}

function fileAsset(pkg: string, file: string, name: string, contentType: string): IdeAsset {
  const dir = packageDir(pkg);
  const source = path.join(dir, file);
  // Fail at start-up rather than with a blank page: another major version may not ship the file.
  if (!existsSync(source))
    throw new Error(`${pkg} has no ${file}: the IDE needs its browser build`);
  return { name, contentType, version: packageVersion(dir), source: { file: source } };
}

function textAsset(name: string, contentType: string, text: string): IdeAsset {
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { name, contentType, version, source: { text } };
}

/** The assets in the order the page loads them: React before GraphiQL before the page's script. */
export function ideAssets(): {
  styles: IdeAsset[];
  scripts: IdeAsset[];
  /** Served but not linked: the source map the GraphiQL bundle names for browser dev tools. */
  extras: IdeAsset[];
} {
  return {
    styles: [
      fileAsset('graphiql', 'graphiql.min.css', 'graphiql.min.css', CSS),
      textAsset('ide.css', CSS, CLIENT_CSS),
    ],
    scripts: [
      fileAsset('react', 'umd/react.production.min.js', 'react.production.min.js', JS),
      fileAsset('react-dom', 'umd/react-dom.production.min.js', 'react-dom.production.min.js', JS),
      fileAsset('graphiql', 'graphiql.min.js', 'graphiql.min.js', JS),
      textAsset('ide.js', JS, CLIENT_JS),
    ],
    extras: [
      fileAsset(
        'graphiql',
        'graphiql.min.js.map',
        'index.umd.js.map',
        'application/json; charset=utf-8',
      ),
    ],
  };
}
